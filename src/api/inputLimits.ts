import {
  defaultFieldResolver,
  type GraphQLArgument,
  type GraphQLFieldResolver,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  type GraphQLList,
  type GraphQLNonNull,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { InvalidInputError } from '../domain/errors.js';

/**
 * The limits of every text and list argument of the API, checked before any resolver runs
 * (issue 12: a 3 MB search text used to reach Lucene and come back as a masked internal
 * error). Keys are `Type.field.argument` or `InputType.field`; anything not listed takes the
 * defaults. The README's "Input limits" table lists them.
 */
export const INPUT_LIMITS = Object.freeze({
  /** Characters of a text or id argument not listed below. */
  defaultText: 200,
  /** Items of a list argument not listed below. */
  defaultList: 100,
  text: Object.freeze({
    'ArticleInput.text': 5_000_000,
    'ArticleInput.url': 2_000,
    'ArticleInput.title': 1_000,
    'ArticleInput.author': 500,
    'ArticleInput.source': 500,
    'ArticleInput.published': 40,
    'ArticleInput.language': 20,
    reason: 2_000,
  } as Record<string, number>),
  list: Object.freeze({ 'Mutation.ingestArticles.articles': 1_000 } as Record<string, number>),
});

// Types are told apart by their tag, not instanceof: the schema may be built by another copy
// of graphql (the dual-package hazard that formatError.ts describes).
const tagOf = (type: unknown) => Object.prototype.toString.call(type);
const isNonNullType = (t: unknown): t is GraphQLNonNull<GraphQLInputType> => tagOf(t) === '[object GraphQLNonNull]';
const isListType = (t: unknown): t is GraphQLList<GraphQLInputType> => tagOf(t) === '[object GraphQLList]';
const isInputObjectType = (t: unknown): t is GraphQLInputObjectType => tagOf(t) === '[object GraphQLInputObjectType]';
const isObjectType = (t: unknown): t is GraphQLObjectType => tagOf(t) === '[object GraphQLObjectType]';

const textLimit = (key: string, name: string) => INPUT_LIMITS.text[key] ?? INPUT_LIMITS.text[name] ?? INPUT_LIMITS.defaultText;
const listLimit = (key: string) => INPUT_LIMITS.list[key] ?? INPUT_LIMITS.defaultList;

/** Checks one value; `path` names it in errors ("search.text") and is built only for one. */
type Check = (value: unknown, path: () => string) => void;

/**
 * The check of values of `type` under `key`: built once per argument when the schema is
 * wrapped, so that a resolver call only runs the checks (telling types apart and building
 * `Type.field` keys and paths for every argument of every call was ~1% of the API's CPU on a
 * relation page). Null when no value of the type can break a limit. Input types may refer to
 * themselves: a type's field checks are built on its first value.
 */
function checkOf(type: GraphQLInputType, key: string, name: string): Check | null {
  if (isNonNullType(type)) return checkOf(type.ofType, key, name);
  if (isListType(type)) {
    const item = checkOf(type.ofType, key, name);
    const max = listLimit(key);
    return (value, path) => {
      if (value === null || value === undefined) return;
      if (!Array.isArray(value)) return item?.(value, path);
      if (value.length > max) throw new InvalidInputError(`${path()} has ${value.length} items; at most ${max}`);
      if (item) value.forEach((v, i) => item(v, () => `${path()}[${i}]`));
    };
  }
  if (isInputObjectType(type)) {
    let fields: [string, Check][] | undefined;
    return (value, path) => {
      if (value === null || value === undefined) return;
      fields ??= Object.entries(type.getFields()).flatMap(([field, def]) => {
        const check = checkOf(def.type, `${type.name}.${field}`, field);
        return check ? [[field, check] as [string, Check]] : [];
      });
      for (const [field, check] of fields) check((value as Record<string, unknown>)[field], () => `${path()}.${field}`);
    };
  }
  const max = textLimit(key, name);
  return (value, path) => {
    if (typeof value === 'string' && value.length > max) throw new InvalidInputError(`${path()} is ${value.length} characters long; at most ${max}`);
  };
}

/** The checks of a field's arguments, as one function of its arguments. */
function argsCheckOf(typeName: string, fieldName: string, defs: readonly GraphQLArgument[]): (args: Record<string, unknown>) => void {
  const checks = defs.flatMap((def) => {
    const check = checkOf(def.type, `${typeName}.${fieldName}.${def.name}`, def.name);
    const path = () => `${fieldName}.${def.name}`;
    return check ? [(args: Record<string, unknown>) => check(args[def.name], path)] : [];
  });
  return (args) => {
    for (const check of checks) check(args);
  };
}

/**
 * Wraps the resolver (and subscribe) of every field that takes arguments so that its arguments
 * are checked against INPUT_LIMITS first: past a limit the field fails with InvalidInputError
 * (BAD_USER_INPUT) naming the argument, its size and the limit. Returns the same schema.
 */
export function withInputLimits(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.args.length === 0) continue;
      const checkArgs = argsCheckOf(type.name, field.name, field.args);
      const wrap = (inner: GraphQLFieldResolver<unknown, unknown>): GraphQLFieldResolver<unknown, unknown> => (source, args, ctx, info) => {
        checkArgs(args);
        return inner(source, args, ctx, info);
      };
      field.resolve = wrap(field.resolve ?? defaultFieldResolver);
      if (field.subscribe) field.subscribe = wrap(field.subscribe);
    }
  }
  return schema;
}
