import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';

export declare const tables: Record<string, unknown>;
export declare function tableName(stage: string, logicalId: 'MainTable' | 'IdempotencyTable'): string;
export declare function createTableInputs(stage: string): { logicalId: string; ttlAttribute?: string; input: CreateTableCommandInput }[];
export declare function cloudFormationResources(stage: string): Record<string, unknown>;
