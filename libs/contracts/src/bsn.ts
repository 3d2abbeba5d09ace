/** 11-proef for a BSN: 9 digits whose weighted sum (9..2, then -1) is divisible by 11. */
export function isBsn(candidate: string): boolean {
  if (!/^\d{9}$/.test(candidate) || candidate === '000000000') return false;
  const digits = [...candidate].map(Number);
  const sum = digits.slice(0, 8).reduce((acc, d, i) => acc + d * (9 - i), 0) - digits[8];
  return sum % 11 === 0;
}
