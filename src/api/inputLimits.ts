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

/** Checks one argument value against its type's limits; `path` names it in errors ("search.text"). */
function checkValue(value: unknown, type: GraphQLInputType, key: string, name: string, path: string): void {
  if (value === null || value === undefined) return;
  if (isNonNullType(type)) return checkValue(value, type.ofType, key, name, path);
  if (isListType(type)) {
    if (!Array.isArray(value)) return checkValue(value, type.ofType, key, name, path);
    const max = listLimit(key);
    if (value.length > max) throw new InvalidInputError(`${path} has ${value.length} items; at most ${max}`);
    value.forEach((item, i) => checkValue(item, type.ofType, key, name, `${path}[${i}]`));
    return;
  }
  if (isInputObjectType(type)) {
    const fields = type.getFields();
    for (const [field, def] of Object.entries(fields)) {
      checkValue((value as Record<string, unknown>)[field], def.type, `${type.name}.${field}`, field, `${path}.${field}`);
    }
    return;
  }
  if (typeof value === 'string') {
    const max = textLimit(key, name);
    if (value.length > max) throw new InvalidInputError(`${path} is ${value.length} characters long; at most ${max}`);
  }
}

function checkArgs(typeName: string, fieldName: string, defs: readonly GraphQLArgument[], args: Record<string, unknown>): void {
  for (const def of defs) checkValue(args[def.name], def.type, `${typeName}.${fieldName}.${def.name}`, def.name, `${fieldName}.${def.name}`);
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
      const wrap = (inner: GraphQLFieldResolver<unknown, unknown>): GraphQLFieldResolver<unknown, unknown> => (source, args, ctx, info) => {
        checkArgs(type.name, field.name, field.args, args);
        return inner(source, args, ctx, info);
      };
      field.resolve = wrap(field.resolve ?? defaultFieldResolver);
      if (field.subscribe) field.subscribe = wrap(field.subscribe);
    }
  }
  return schema;
}
