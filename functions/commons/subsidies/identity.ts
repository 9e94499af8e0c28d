import { checkIdNumber, ID_NUMBER_MESSAGES } from '#domain/profile/id-number';
import type { UserRow } from '#adapters/dynamo/users';
import { AppError } from '../errors';
import { decryptPii, piiLookupHash } from '../pii';

/**
 * 身份证号 handling for applications. The number only ever lives in memory here: it is stored as ciphertext, compared
 * by keyed hash, and never logged or echoed back unmasked.
 */
const normalised = (id: string) => id.trim().toUpperCase();

export const idHashOf = (id: string) => piiLookupHash(normalised(id));

/** GB 11643 check (format, real birth date, check character); 400 ID_NUMBER_INVALID naming the field. */
export function validIdNumber(value: string, field: string): string {
  const checked = checkIdNumber(value);
  if (!checked.ok) {
    const message = ID_NUMBER_MESSAGES[checked.problem];
    throw new AppError('ID_NUMBER_INVALID', `身份证号校验不通过：${message}`, [{ field, message }]);
  }
  return normalised(value);
}

/**
 * The applicant's own number: the one in 「我的资料」 when there is one (already checked when saved), else the one in
 * the form — which the application then saves to the account, binding it to this person — else 409
 * ID_NUMBER_REQUIRED when the policy is keyed on the person.
 */
export function applicantIdNumber(user: UserRow, fromBody: string | undefined, required: boolean): { idNumber: string; fromForm: boolean } | null {
  if (user.idNumberEnc) {
    const own = normalised(decryptPii(user.idNumberEnc));
    // One account is one person: a different number in the form would let an account apply for someone else.
    if (fromBody && normalised(fromBody) !== own) throw new AppError('ID_NUMBER_NOT_YOURS', undefined, [{ field: 'body.idNumber', message: '与「我的资料」中的身份证号不一致' }]);
    return { idNumber: own, fromForm: false };
  }
  if (fromBody) return { idNumber: validIdNumber(fromBody, 'body.idNumber'), fromForm: true };
  if (required) throw new AppError('ID_NUMBER_REQUIRED');
  return null;
}
