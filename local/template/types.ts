/** Types of the template translation. */

/**
 * How local mode treats one template property: `translated` (and how), `ignored` (and why), or a nested
 * structure whose fields (or, for a list, whose items) are checked one by one.
 */
export type PropertyCoverage =
  | { translated: string }
  | { ignored: string }
  | { fields: Record<string, PropertyCoverage> }
  | { each: PropertyCoverage };

/** How local mode treats one resource type: which properties it reads, which it deliberately leaves. */
export type ResourceCoverage =
  | { translated: string; properties: Record<string, PropertyCoverage> }
  | { ignored: string };

/** What a `Ref` and each `Fn::GetAtt` attribute of one resource resolve to here. */
export interface LocalReference {
  ref: string;
  attributes: Record<string, string>;
}

/** Values for `Ref` and `Fn::GetAtt`, by logical id, plus pseudo parameters and template parameters. */
export interface ReferenceTable {
  resources: Record<string, LocalReference>;
  pseudoParameters: Record<string, string>;
}
