import { UntranslatableTemplateError } from '../errors';
import type { ReferenceTable } from './types';

/**
 * Resolves a template value to what CloudFormation would put there in a local deployment: `Ref`,
 * `Fn::GetAtt`, `Fn::Join`, `Fn::Sub`, `Fn::Select` and `Fn::Split` against local names, pseudo parameters
 * and template parameters. Anything else (an import from another stack, a condition) throws, because a
 * guess would run a different pipeline from the one deployed.
 *
 * @example
 * resolveIntrinsic({ Ref: 'RecordsTable' }, references); // 'ArticlePipeline-RecordsTable'
 * resolveIntrinsic({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }]] }, references); // 'arn:aws'
 */
export function resolveIntrinsic(value: unknown, references: ReferenceTable): unknown {
  if (Array.isArray(value)) return value.map((item) => resolveIntrinsic(item, references));
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  const only = keys.length === 1 ? keys[0]! : undefined;
  if (only === 'Ref') return resolveRef(record.Ref, references);
  if (only === 'Fn::GetAtt') return resolveGetAtt(record['Fn::GetAtt'], references);
  if (only === 'Fn::Join') {
    const [separator, parts] = record['Fn::Join'] as [string, unknown];
    const resolved = resolveIntrinsic(parts, references);
    if (!Array.isArray(resolved)) throw untranslatable('Fn::Join over a non-list');
    return resolved.map(String).join(separator);
  }
  if (only === 'Fn::Select') {
    const [index, list] = record['Fn::Select'] as [unknown, unknown];
    const resolved = resolveIntrinsic(list, references);
    const position = Number(resolveIntrinsic(index, references));
    if (!Array.isArray(resolved) || resolved[position] === undefined)
      throw untranslatable('Fn::Select out of range');
    return resolved[position];
  }
  if (only === 'Fn::Split') {
    const [separator, source] = record['Fn::Split'] as [string, unknown];
    return String(resolveIntrinsic(source, references)).split(separator);
  }
  if (only === 'Fn::Sub') return resolveSub(record['Fn::Sub'], references);
  if (only?.startsWith('Fn::') || only === 'Condition') throw untranslatable(only);
  return Object.fromEntries(keys.map((key) => [key, resolveIntrinsic(record[key], references)]));
}

function resolveRef(name: unknown, references: ReferenceTable): string {
  if (typeof name !== 'string') throw untranslatable('Ref to a non-string');
  const pseudo = references.pseudoParameters[name];
  if (pseudo !== undefined) return pseudo;
  const resource = references.resources[name];
  if (resource === undefined) throw untranslatable(`Ref to unknown ${name}`);
  return resource.ref;
}

function resolveGetAtt(target: unknown, references: ReferenceTable): string {
  const [logicalId, attribute] = Array.isArray(target) ? target : String(target).split('.');
  const resource = references.resources[String(logicalId)];
  const value = resource?.attributes[String(attribute)];
  if (value === undefined) throw untranslatable(`Fn::GetAtt ${String(logicalId)}.${String(attribute)}`);
  return value;
}

function resolveSub(argument: unknown, references: ReferenceTable): string {
  const [text, variables] = Array.isArray(argument)
    ? (argument as [string, Record<string, unknown>])
    : [String(argument), {}];
  return text.replace(/\$\{([^}]+)\}/g, (_whole, name: string) => {
    if (name.startsWith('!')) return `\${${name.slice(1)}}`;
    if (variables[name] !== undefined) return String(resolveIntrinsic(variables[name], references));
    if (name.includes('.')) return resolveGetAtt(name, references);
    return resolveRef(name, references);
  });
}

function untranslatable(what: string): UntranslatableTemplateError {
  return new UntranslatableTemplateError(`local mode cannot resolve ${what}`);
}
