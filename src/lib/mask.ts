/** How every widget shows a hidden secret (a password, a Basic password inside a decoded token). */
export const MASK = '••••••••';

/** What stands in for a secret a share link leaves out (a Basic password, an NTLM token). */
export const WITHHELD = 'withheld';
