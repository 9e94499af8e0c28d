import { httpHandler } from '#commons/http';
import { AppError } from '#commons/errors';
import { encryptPii } from '#commons/pii';
import { profileOf } from '#commons/profile';
import { saveProfile } from '#adapters/dynamo/users';
import { checkIdNumber, ID_NUMBER_MESSAGES } from '#domain/profile/id-number';

/** 身份证号 is validated (GB 11643), stored only encrypted, and when present it decides the birth year. */
export const handler = httpHandler('updateProfile', async ({ principal, body }) => {
  let idNumberEnc: string | null | undefined;
  let birthYear = body.birthYear;
  if (body.idNumber === '') idNumberEnc = null;
  else if (body.idNumber !== undefined) {
    const checked = checkIdNumber(body.idNumber);
    if (!checked.ok) {
      const message = ID_NUMBER_MESSAGES[checked.problem];
      throw new AppError('VALIDATION_FAILED', `填写的内容有误：${message}`, [{ field: 'body.idNumber', message }]);
    }
    idNumberEnc = encryptPii(body.idNumber);
    birthYear = checked.birthYear;
  }
  const saved = await saveProfile(
    principal.userId,
    {
      name: body.name,
      phoneEnc: body.phone ? encryptPii(body.phone) : undefined,
      idNumberEnc,
      birthYear,
      skills: [...new Set(body.skills)],
      availability: [...new Set(body.availability)],
      intentions: [...new Set(body.intentions)],
      assistedCategories: [...new Set(body.assistedCategories)],
    },
    new Date().toISOString(),
  );
  return profileOf(saved);
});
