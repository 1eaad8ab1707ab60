import { describe, expect, it } from 'vitest';
import { canonicalPost } from '../../../src/domain/canonicalPost.js';

describe('canonicalPost', () => {
  it.each([
    ['Minister of Foreign Affairs and International Cooperation', 'foreign_minister'],
    ['Foreign Minister', 'foreign_minister'],
    ['Minister of External Affairs', 'foreign_minister'],
    ['ministre des Affaires étrangères', 'foreign_minister'],
    ['Ministro de Relaciones Exteriores', 'foreign_minister'],
    ['Minister of Defence and Veterans Affairs', 'defence_minister'],
    ['President', 'head_of_state'],
    ['President of the Transition', 'head_of_state'],
    ['Vice-President', 'vice_president'],
    ['Prime Minister', 'head_of_government'],
    ['Minister of Economy and Finance', 'finance_minister'],
  ])('%s is the post %s', (title, post) => {
    expect(canonicalPost(title)?.id).toBe(post);
  });

  it.each([
    ['Deputy Foreign Minister'],
    ['Minister of State for Foreign Affairs'],
    ['President of the African Union Commission'],
    ['Deputy Prime Minister'],
    ['Ambassador'],
    ['President of the National Assembly'],
  ])('%s is no canonical post', (title) => {
    expect(canonicalPost(title)).toBeNull();
  });
});
