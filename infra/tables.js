// The one definition of every DynamoDB table: serverless.yml deploys it (via ${file(./infra/tables.js):resources})
// and scripts/local-stack creates the same tables in DynamoDB Local. Keys and access patterns: functions/MODEL.md.
'use strict';

const SERVICE = 'doorstep-jobs';

/** @type {Record<string, {suffix: string, keys: [string, string?], attributes: Record<string, 'S'|'N'>, indexes?: {name: string, keys: [string, string?], include?: string[]}[], ttl?: string, stream?: string}>} */
const tables = {
  MainTable: {
    suffix: 'main',
    keys: ['PK', 'SK'],
    attributes: { PK: 'S', SK: 'S', GSI1PK: 'S', GSI1SK: 'S', GSI2PK: 'S', GSI2SK: 'S', GSI3PK: 'S', GSI3SK: 'S', GSI4PK: 'S', GSI4SK: 'S' },
    indexes: [
      { name: 'GSI1', keys: ['GSI1PK', 'GSI1SK'] },
      { name: 'GSI2', keys: ['GSI2PK', 'GSI2SK'] },
      // sparse geo index of points only: "nearest" reads a few small rows, then one GetItem
      { name: 'GSI3', keys: ['GSI3PK', 'GSI3SK'], include: ['code', 'lat', 'lng'] },
      // staff sign-up queues and each employer's jobs (CloudFormation adds one GSI per deploy: this is the only new one)
      { name: 'GSI4', keys: ['GSI4PK', 'GSI4SK'] },
    ],
    ttl: 'expiresAt',
    // the dashboard counters are kept by a stream consumer (functions/handlers/stats/aggregate-stream.ts)
    stream: 'NEW_AND_OLD_IMAGES',
  },
  IdempotencyTable: {
    suffix: 'idempotency',
    keys: ['id'],
    attributes: { id: 'S' },
    ttl: 'expiration',
  },
};

const tableName = (stage, logicalId) => `${SERVICE}-${stage}-${tables[logicalId].suffix}`;

function keySchema(keys) {
  return keys.filter(Boolean).map((name, i) => ({ AttributeName: name, KeyType: i === 0 ? 'HASH' : 'RANGE' }));
}

function attributeDefinitions(def) {
  return Object.entries(def.attributes).map(([AttributeName, AttributeType]) => ({ AttributeName, AttributeType }));
}

function projection(index) {
  return index.include ? { ProjectionType: 'INCLUDE', NonKeyAttributes: index.include } : { ProjectionType: 'ALL' };
}

/** CreateTable input for DynamoDB Local and tests. */
function createTableInputs(stage) {
  return Object.keys(tables).map((logicalId) => {
    const def = tables[logicalId];
    return {
      logicalId,
      ttlAttribute: def.ttl,
      input: {
        TableName: tableName(stage, logicalId),
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: attributeDefinitions(def),
        KeySchema: keySchema(def.keys),
        ...(def.indexes
          ? { GlobalSecondaryIndexes: def.indexes.map((ix) => ({ IndexName: ix.name, KeySchema: keySchema(ix.keys), Projection: projection(ix) })) }
          : {}),
        ...(def.stream ? { StreamSpecification: { StreamEnabled: true, StreamViewType: def.stream } } : {}),
      },
    };
  });
}

/** CloudFormation resources: the same tables, with PITR, deletion protection and KMS encryption. */
function cloudFormationResources(stage) {
  const resources = {};
  for (const { logicalId, ttlAttribute, input } of createTableInputs(stage)) {
    resources[logicalId] = {
      Type: 'AWS::DynamoDB::Table',
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: {
        ...input,
        DeletionProtectionEnabled: true,
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        SSESpecification: { SSEEnabled: true, SSEType: 'KMS' },
        ...(ttlAttribute ? { TimeToLiveSpecification: { AttributeName: ttlAttribute, Enabled: true } } : {}),
        // CloudFormation's StreamSpecification has the view type only; StreamEnabled is the API's spelling
        ...(input.StreamSpecification ? { StreamSpecification: { StreamViewType: input.StreamSpecification.StreamViewType } } : {}),
      },
    };
  }
  return resources;
}

module.exports = {
  tables,
  tableName,
  createTableInputs,
  cloudFormationResources,
  // serverless variable resolver: ${file(./infra/tables.js):resources}
  resources: async ({ options, resolveVariable }) => {
    const stage = options.stage || (await resolveVariable('sls:stage'));
    return { Resources: cloudFormationResources(stage) };
  },
  names: async ({ options, resolveVariable }) => {
    const stage = options.stage || (await resolveVariable('sls:stage'));
    return { main: tableName(stage, 'MainTable'), idempotency: tableName(stage, 'IdempotencyTable') };
  },
};
