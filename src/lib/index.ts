// The protocol core's public API: re-exports only. See ARCHITECTURE.md.
export * from './diagnostics';
export * from './bytes';
