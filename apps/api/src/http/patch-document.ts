import { ValidationProblem } from '@app/problems';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { fieldErrors } from './validation';

/**
 * The rules of a PUT body, for a document a JSON Patch made: the same DTO, unknown fields
 * refused, each failing field named as in a PUT's 400.
 */
export const validDocument =
  <Document extends object>(dto: new () => Document) =>
  async (document: unknown): Promise<Document> => {
    if (typeof document !== 'object' || document === null || Array.isArray(document))
      throw new ValidationProblem([
        { field: 'body', messages: ['the patch must leave an object'] },
      ]);
    const instance = plainToInstance(dto, document);
    const errors = await validate(instance, {
      whitelist: true,
      forbidNonWhitelisted: true,
      forbidUnknownValues: true,
      validationError: { target: false, value: false },
    });
    if (errors.length > 0)
      throw new ValidationProblem(
        fieldErrors(errors),
        'The record your patch makes is not valid; see errors for each field.',
      );
    return instance;
  };
