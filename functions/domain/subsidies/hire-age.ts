import dayjs from 'dayjs';

/** Full years of age on a day, from the birth date inside an 18-digit 身份证号 (GB 11643 positions 7–14). */
export function ageOn(idNumber: string, day: string): number {
  const birth = dayjs(`${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`);
  return dayjs(day).diff(birth, 'year');
}
