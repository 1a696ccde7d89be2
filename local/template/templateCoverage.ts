import type { PropertyCoverage, ResourceCoverage } from './types';

const TAGS: PropertyCoverage = { ignored: 'tags have no local meaning' };
const ENCRYPTION: PropertyCoverage = { ignored: 'encryption at rest is not emulated; data sits in .local/' };
const CAPACITY: PropertyCoverage = {
  ignored: 'capacity and billing settings do not apply to DynamoDB Local',
};
const KEY_SCHEMA: PropertyCoverage = { translated: 'CreateTable KeySchema' };

const SECONDARY_INDEX: PropertyCoverage = {
  fields: {
    IndexName: { translated: 'index name' },
    KeySchema: KEY_SCHEMA,
    Projection: { translated: 'index projection' },
    ProvisionedThroughput: CAPACITY,
    OnDemandThroughput: CAPACITY,
    WarmThroughput: CAPACITY,
    WriteProvisionedThroughputSettings: CAPACITY,
    WriteOnDemandThroughputSettings: CAPACITY,
    ReadProvisionedThroughputSettings: CAPACITY,
    ReadOnDemandThroughputSettings: CAPACITY,
    ContributorInsightsSpecification: { ignored: 'CloudWatch Contributor Insights does not exist locally' },
  },
};

/** Properties both DynamoDB table resource types share. */
const TABLE_PROPERTIES: Record<string, PropertyCoverage> = {
  TableName: { translated: 'table name (else <stack>-<logicalId>)' },
  KeySchema: KEY_SCHEMA,
  AttributeDefinitions: { translated: 'CreateTable AttributeDefinitions' },
  GlobalSecondaryIndexes: { each: SECONDARY_INDEX },
  LocalSecondaryIndexes: { each: SECONDARY_INDEX },
  StreamSpecification: {
    fields: {
      StreamViewType: { translated: 'stream enabled with this view type (DynamoDB Local keeps streams)' },
    },
  },
  TimeToLiveSpecification: {
    fields: {
      AttributeName: { translated: 'UpdateTimeToLive after CreateTable' },
      Enabled: { translated: 'TTL enabled only when true' },
    },
  },
  BillingMode: CAPACITY,
  ProvisionedThroughput: CAPACITY,
  OnDemandThroughput: CAPACITY,
  WarmThroughput: CAPACITY,
  WriteProvisionedThroughputSettings: CAPACITY,
  WriteOnDemandThroughputSettings: CAPACITY,
  SSESpecification: ENCRYPTION,
  PointInTimeRecoverySpecification: { ignored: 'backups do not apply to a local table' },
  DeletionProtectionEnabled: { ignored: '--fresh deletes local data by design' },
  ContributorInsightsSpecification: { ignored: 'CloudWatch Contributor Insights does not exist locally' },
  TableClass: CAPACITY,
  KinesisStreamSpecification: { ignored: 'Kinesis is not emulated' },
  ResourcePolicy: { ignored: 'permissions: local servers accept any credentials' },
  Tags: TAGS,
  Replicas: {
    ignored:
      'replica settings (point-in-time recovery, deletion protection, table class, tags) have no local counterpart; local mode runs one region',
  },
};

/**
 * Every resource type local mode meets in the stack's template, and for the ones it reproduces, every
 * property: translated into the local servers' configuration, or ignored with a reason. A property or type
 * missing here is reported by `findUntranslatedProperties`, and a test fails, so the template and local
 * mode cannot drift apart silently.
 */
export const TEMPLATE_COVERAGE: Record<string, ResourceCoverage> = {
  'AWS::S3::Bucket': {
    translated: 'a bucket on the local S3 server (s3rver)',
    properties: {
      BucketName: { translated: 'bucket name (else <stack>-<logicalId>, lowercased)' },
      VersioningConfiguration: {
        ignored:
          's3rver keeps one version per key: local events carry no versionId, and deletes are unversioned',
      },
      BucketEncryption: ENCRYPTION,
      PublicAccessBlockConfiguration: { ignored: 'loopback only: nothing is public' },
      OwnershipControls: { ignored: 'ACLs and ownership are not emulated' },
      AccessControl: { ignored: 'ACLs and ownership are not emulated' },
      LifecycleConfiguration: { ignored: 'lifecycle expiry is not emulated; --fresh empties the bucket' },
      LoggingConfiguration: { ignored: 'server access logs are not emulated' },
      CorsConfiguration: { ignored: 'no browser uploads locally' },
      MetricsConfigurations: { ignored: 'no CloudWatch locally' },
      IntelligentTieringConfigurations: { ignored: 'storage classes are not emulated' },
      ObjectLockEnabled: { ignored: 'object lock is not emulated' },
      Tags: TAGS,
    },
  },
  'Custom::S3BucketNotifications': {
    translated: 'local mode sends the S3 event messages itself, filtered as configured',
    properties: {
      ServiceToken: {
        ignored: 'the custom-resource provider writes the configuration in AWS; local mode reads it',
      },
      BucketName: { translated: 'which bucket the configuration belongs to' },
      Managed: { ignored: 'whether CDK owns the whole configuration: local mode owns it' },
      SkipDestinationValidation: { ignored: 'no destination permission check locally' },
      NotificationConfiguration: {
        fields: {
          QueueConfigurations: {
            each: {
              fields: {
                Id: { translated: 'configurationId of the events' },
                Events: { translated: 'event types sent (s3:ObjectCreated:*, …)' },
                QueueArn: { translated: 'the destination queue' },
                Filter: {
                  fields: {
                    Key: {
                      fields: {
                        FilterRules: {
                          each: {
                            fields: {
                              Name: { translated: 'prefix or suffix' },
                              Value: { translated: 'matched against the URL-encoded key, as S3 does' },
                            },
                          },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
  'AWS::SQS::Queue': {
    translated: 'a queue on the local SQS server (fauxqs)',
    properties: {
      QueueName: { translated: 'queue name (else <stack>-<logicalId>)' },
      VisibilityTimeout: { translated: 'VisibilityTimeout divided by the time scale, at least 1 s' },
      RedrivePolicy: {
        fields: {
          deadLetterTargetArn: { translated: 'the local dead-letter queue' },
          maxReceiveCount: { translated: 'maxReceiveCount, unchanged' },
        },
      },
      MessageRetentionPeriod: {
        translated: 'MessageRetentionPeriod, unchanged (the local queue lives in memory)',
      },
      MaximumMessageSize: { translated: 'MaximumMessageSize, unchanged' },
      DelaySeconds: { translated: 'DelaySeconds divided by the time scale' },
      ReceiveMessageWaitTimeSeconds: { translated: 'ReceiveMessageWaitTimeSeconds, unchanged' },
      SqsManagedSseEnabled: ENCRYPTION,
      KmsMasterKeyId: ENCRYPTION,
      KmsDataKeyReusePeriodSeconds: ENCRYPTION,
      RedriveAllowPolicy: { ignored: 'permissions: local servers accept any credentials' },
      Tags: TAGS,
    },
  },
  'AWS::DynamoDB::Table': { translated: 'a table on DynamoDB Local', properties: TABLE_PROPERTIES },
  'AWS::DynamoDB::GlobalTable': { translated: 'a table on DynamoDB Local', properties: TABLE_PROPERTIES },
  'AWS::Lambda::Function': {
    translated:
      'functions an SQS event source mapping invokes run in a worker thread from this repository’s source; other functions (custom-resource providers) do not run locally',
    properties: {
      FunctionName: { translated: 'function name (else <stack>-<logicalId>)' },
      Handler: { translated: 'the exported name after the dot' },
      Environment: {
        fields: { Variables: { translated: 'the worker’s environment, references resolved locally' } },
      },
      Timeout: { translated: 'invocation timeout, unscaled: a timed-out invocation fails its batch' },
      MemorySize: {
        translated: 'AWS_LAMBDA_FUNCTION_MEMORY_SIZE and context.memoryLimitInMB (not enforced)',
      },
      ReservedConcurrentExecutions: { translated: 'caps concurrent invocations' },
      LoggingConfig: {
        fields: {
          LogFormat: { translated: 'AWS_LAMBDA_LOG_FORMAT' },
          ApplicationLogLevel: { translated: 'AWS_LAMBDA_LOG_LEVEL' },
          SystemLogLevel: { ignored: 'there is no Lambda platform log locally' },
          LogGroup: { ignored: 'the function’s logs go to .local/logs/' },
        },
      },
      Code: { ignored: 'local mode runs the TypeScript source, not the bundle' },
      Runtime: { ignored: 'runs on this machine’s Node.js' },
      Architectures: { ignored: 'runs on this machine’s CPU' },
      Role: { ignored: 'permissions: local servers accept any credentials' },
      TracingConfig: { ignored: 'X-Ray is not emulated' },
      Description: { ignored: 'documentation only' },
      EphemeralStorage: { ignored: '/tmp is this machine’s' },
      DeadLetterConfig: { ignored: 'applies to asynchronous invocations; SQS invokes synchronously' },
      RecursiveLoop: { ignored: 'loop detection is not emulated (the function never writes to the bucket)' },
      Tags: TAGS,
    },
  },
  'AWS::Lambda::EventSourceMapping': {
    translated: 'an SQS poller that batches and invokes as Lambda’s does',
    properties: {
      EventSourceArn: { translated: 'the queue polled (SQS only)' },
      FunctionName: { translated: 'the function invoked' },
      BatchSize: { translated: 'largest batch' },
      MaximumBatchingWindowInSeconds: { translated: 'batching window divided by the time scale' },
      ScalingConfig: { fields: { MaximumConcurrency: { translated: 'concurrent invocations at most' } } },
      FunctionResponseTypes: { translated: 'ReportBatchItemFailures: partial batch responses' },
      Enabled: { translated: 'a disabled mapping polls nothing' },
      MetricsConfig: { ignored: 'no CloudWatch locally' },
      Tags: TAGS,
    },
  },
  'AWS::IAM::Role': { ignored: 'permissions: local servers accept any credentials' },
  'AWS::IAM::Policy': { ignored: 'permissions: local servers accept any credentials' },
  'AWS::IAM::ManagedPolicy': { ignored: 'permissions: local servers accept any credentials' },
  'AWS::Lambda::Permission': { ignored: 'permissions: local servers accept any credentials' },
  'AWS::SQS::QueuePolicy': { ignored: 'lets S3 publish in AWS; local mode sends the events itself' },
  'AWS::S3::BucketPolicy': { ignored: 'TLS and access rules: loopback HTTP here' },
  'AWS::CloudWatch::Alarm': {
    ignored: 'no CloudWatch locally; local mode reports the dead-letter queue itself',
  },
  'AWS::CloudWatch::CompositeAlarm': { ignored: 'no CloudWatch locally' },
  'AWS::CloudWatch::Dashboard': { ignored: 'no CloudWatch locally' },
  'AWS::SNS::Topic': { ignored: 'alarm notifications: no alarms locally' },
  'AWS::SNS::Subscription': { ignored: 'alarm notifications: no alarms locally' },
  'AWS::SNS::TopicPolicy': { ignored: 'alarm notifications: no alarms locally' },
  'AWS::Logs::LogGroup': { ignored: 'the function’s logs go to .local/logs/' },
  'AWS::KMS::Key': { ignored: 'encryption at rest is not emulated' },
  'AWS::KMS::Alias': { ignored: 'encryption at rest is not emulated' },
  'AWS::CDK::Metadata': { ignored: 'CDK version reporting' },
  'Custom::S3AutoDeleteObjects': { ignored: 'empties the bucket on stack deletion; --fresh does that here' },
};
