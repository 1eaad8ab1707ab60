import { describe, expect, it } from 'vitest';
import { decodeBytes, sniffDeclaredEncoding } from '../../../../ingest/readers/decodeBytes.js';
import { checkArticleText } from '../../../../ingest/readers/checkArticleText.js';

const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);

describe('decodeBytes', () => {
  it.each<[string, Uint8Array, string, string | { reason: string }]>([
    ['UTF-8', Buffer.from('à Moscou'), 'utf-8', 'à Moscou'],
    ['UTF-8 with a BOM', Buffer.from('\ufeffà Moscou'), 'utf-8', 'à Moscou'],
    ['UTF-16LE with a BOM', utf16le('à Moscou'), 'utf-8', 'à Moscou'],
    ['declared windows-1252', Buffer.from('à Moscou', 'latin1'), 'windows-1252', 'à Moscou'],
    ['unknown declared charset → UTF-8', Buffer.from('à Moscou'), 'x-no-such', 'à Moscou'],
    ['invalid UTF-8', Buffer.from('à Moscou', 'latin1'), 'utf-8', { reason: 'invalid UTF-8 text' }],
    ['NUL bytes', Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]), 'utf-8', { reason: 'binary data (NUL bytes), not text' }],
  ])('%s', (_label, bytes, encoding, expected) => {
    const decoded = decodeBytes(bytes, encoding);
    expect(decoded).toEqual(typeof expected === 'string' ? { ok: true, text: expected } : { ok: false, ...expected });
  });

  it.each<[string, string | null]>([
    ['<?xml version="1.0" encoding="ISO-8859-1"?><rss/>', 'iso-8859-1'],
    ['<html><head><meta charset="windows-1252">', 'windows-1252'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">', 'utf-8'],
    ['<html><body>', null],
  ])('sniffs the declared encoding of %j', (head, expected) => {
    expect(sniffDeclaredEncoding(Buffer.from(head))).toBe(expected);
  });
});

describe('checkArticleText', () => {
  it.each<[string, string, RegExp | null]>([
    ['prose', 'Le ministre a reçu son homologue.\n\tSuite.', null],
    ['empty', '', /^empty text$/],
    ['whitespace only', ' \n\t ', /^empty text$/],
    ['NUL characters', 'abc\u0000def', /^binary data/],
    ['control characters', 'a\u0001b\u0002c\u0003d'.repeat(10), /^binary data/],
    ['replacement characters from a lossy decoder', 'texte \ufffd\ufffd\ufffd'.repeat(5), /^binary data/],
  ])('%s', (_label, text, expected) => {
    const reason = checkArticleText(text);
    if (expected === null) expect(reason).toBeNull();
    else expect(reason).toMatch(expected);
  });
});
