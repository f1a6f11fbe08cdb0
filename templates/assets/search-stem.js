/*
 * The English stemmer of Triglot's search page: the Snowball English ("Porter2") algorithm, written
 * to give the same stem as the build's stemmer (org.tartarus.snowball.ext.EnglishStemmer, Snowball
 * 2.0, in Lucene) for every word, so a query finds what the index holds. The input is a word
 * already folded as the index folds it (lower case, marks removed). Letters outside a-z count as
 * consonants, as they do in the build's stemmer; strings are UTF-16 in both.
 *
 * The steps and their names follow https://snowballstem.org/algorithms/english/stemmer.html.
 */
(function () {
  'use strict';

  /** Whole words with a fixed stem ('' keeps the word as it is). */
  const EXCEPTIONS = new Map([
    ['skis', 'ski'],
    ['skies', 'sky'],
    ['dying', 'die'],
    ['lying', 'lie'],
    ['tying', 'tie'],
    ['idly', 'idl'],
    ['gently', 'gentl'],
    ['ugly', 'ugli'],
    ['early', 'earli'],
    ['only', 'onli'],
    ['singly', 'singl'],
    ['sky', ''],
    ['news', ''],
    ['howe', ''],
    ['atlas', ''],
    ['cosmos', ''],
    ['bias', ''],
    ['andes', ''],
  ]);

  /** Words that Step 1a may leave and that no later step touches. */
  const AFTER_STEP_1A = new Set([
    'inning',
    'outing',
    'canning',
    'herring',
    'earring',
    'proceed',
    'exceed',
    'succeed',
  ]);

  /** Prefixes after which R1 starts, whatever the letters say. */
  const REGION_PREFIXES = ['gener', 'commun', 'arsen'];

  const DOUBLES = new Set(['bb', 'dd', 'ff', 'gg', 'mm', 'nn', 'pp', 'rr', 'tt']);

  /** Endings that Step 1b leaves and that take an e back. */
  const TAKE_E = new Set(['at', 'bl', 'iz']);

  /** Letters that may stand before a deleted "li". */
  const VALID_LI = 'cdeghkmnrt';

  /** Step 2 endings, longest first within each final letter group, with their replacements. */
  const STEP_2 = [
    ['ization', 'ize'],
    ['ational', 'ate'],
    ['fulness', 'ful'],
    ['ousness', 'ous'],
    ['iveness', 'ive'],
    ['tional', 'tion'],
    ['biliti', 'ble'],
    ['lessli', 'less'],
    ['entli', 'ent'],
    ['ation', 'ate'],
    ['alism', 'al'],
    ['aliti', 'al'],
    ['ousli', 'ous'],
    ['iviti', 'ive'],
    ['fulli', 'ful'],
    ['enci', 'ence'],
    ['anci', 'ance'],
    ['abli', 'able'],
    ['izer', 'ize'],
    ['ator', 'ate'],
    ['alli', 'al'],
    ['bli', 'ble'],
    ['ogi', 'og'],
    ['li', ''],
  ];

  /** Step 3 endings and replacements; null marks "delete if in R2". */
  const STEP_3 = [
    ['ational', 'ate'],
    ['tional', 'tion'],
    ['alize', 'al'],
    ['icate', 'ic'],
    ['iciti', 'ic'],
    ['ative', null],
    ['ical', 'ic'],
    ['ness', ''],
    ['ful', ''],
  ];

  /** Step 4 endings, deleted when in R2. */
  const STEP_4 = [
    'ement',
    'ment',
    'ance',
    'ence',
    'able',
    'ible',
    'ant',
    'ent',
    'ism',
    'ate',
    'iti',
    'ous',
    'ive',
    'ize',
    'ion',
    'al',
    'er',
    'ic',
  ];

  function isVowel(c) {
    return c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u' || c === 'y';
  }

  /** The longest of {@code endings} (strings, or [string, ...] rows) that {@code word} ends with. */
  function longestEnding(word, endings) {
    let best = null;
    for (const row of endings) {
      const ending = typeof row === 'string' ? row : row[0];
      if (word.endsWith(ending) && (best === null || ending.length > bestLength(best))) {
        best = row;
      }
    }
    return best;
  }

  function bestLength(row) {
    return typeof row === 'string' ? row.length : row[0].length;
  }

  /**
   * Whether the word ends, at {@code end}, in a short syllable: a consonant other than w, x or Y
   * after a vowel after a consonant, or a vowel and a consonant that begin the word.
   */
  function endsShort(word, end) {
    if (end >= 3) {
      const last = word[end - 1];
      if (
        !isVowel(last) &&
        last !== 'w' &&
        last !== 'x' &&
        last !== 'Y' &&
        isVowel(word[end - 2]) &&
        !isVowel(word[end - 3])
      ) {
        return true;
      }
    }
    return end === 2 && !isVowel(word[1]) && isVowel(word[0]);
  }

  /** Where R1 or R2 starts when the search for it begins at {@code from}. */
  function regionAfter(word, from) {
    let i = from;
    while (i < word.length && !isVowel(word[i])) i++;
    if (i >= word.length) return word.length;
    i++;
    while (i < word.length && isVowel(word[i])) i++;
    if (i >= word.length) return word.length;
    return i + 1;
  }

  function hasVowel(word, end) {
    for (let i = 0; i < end; i++) {
      if (isVowel(word[i])) return true;
    }
    return false;
  }

  function stem(input) {
    const exception = EXCEPTIONS.get(input);
    if (exception !== undefined) return exception === '' ? input : exception;
    if (input.length < 3) return input;

    // Prelude: drop a leading apostrophe; a y that starts the word or follows a vowel is a consonant.
    const chars = (input.startsWith("'") ? input.slice(1) : input).split('');
    let foundY = false;
    if (chars[0] === 'y') {
      chars[0] = 'Y';
      foundY = true;
    }
    for (let i = 0; i + 1 < chars.length; i++) {
      if (isVowel(chars[i]) && chars[i + 1] === 'y') {
        chars[i + 1] = 'Y';
        foundY = true;
      }
    }
    let word = chars.join('');

    // Regions.
    const prefix = REGION_PREFIXES.find((p) => word.startsWith(p));
    const p1 = prefix ? prefix.length : regionAfter(word, 0);
    const p2 = regionAfter(word, p1);

    // Step 1a: possessives, then plurals.
    if (word.endsWith("'s'")) word = word.slice(0, -3);
    else if (word.endsWith("'s")) word = word.slice(0, -2);
    else if (word.endsWith("'")) word = word.slice(0, -1);
    if (word.endsWith('sses')) {
      word = word.slice(0, -2);
    } else if (word.endsWith('ied') || word.endsWith('ies')) {
      word = word.length - 3 >= 2 ? word.slice(0, -2) : word.slice(0, -1);
    } else if (word.endsWith('ss') || word.endsWith('us')) {
      // kept as they are
    } else if (word.endsWith('s')) {
      if (hasVowel(word, word.length - 2)) word = word.slice(0, -1);
    }

    if (!AFTER_STEP_1A.has(word)) {
      word = step1b(word, p1);
      // Step 1c: a final y after a consonant that is not the first letter becomes i.
      const last = word[word.length - 1];
      if (
        (last === 'y' || last === 'Y') &&
        word.length > 2 &&
        !isVowel(word[word.length - 2])
      ) {
        word = word.slice(0, -1) + 'i';
      }
      word = step2(word, p1);
      word = step3(word, p1, p2);
      word = step4(word, p2);
      word = step5(word, p1, p2);
    }

    return foundY ? word.replace(/Y/g, 'y') : word;
  }

  function step1b(word, p1) {
    const endings = ['eedly', 'ingly', 'edly', 'eed', 'ing', 'ed'];
    const ending = longestEnding(word, endings);
    if (ending === null) return word;
    const start = word.length - ending.length;
    if (ending === 'eed' || ending === 'eedly') {
      return start >= p1 ? word.slice(0, start) + 'ee' : word;
    }
    if (!hasVowel(word, start)) return word;
    word = word.slice(0, start);
    const tail = word.slice(-2);
    if (TAKE_E.has(tail)) return word + 'e';
    if (DOUBLES.has(tail)) return word.slice(0, -1);
    if (word.length === p1 && endsShort(word, word.length)) return word + 'e';
    return word;
  }

  function step2(word, p1) {
    const row = longestEnding(word, STEP_2);
    if (row === null) return word;
    const start = word.length - row[0].length;
    if (start < p1) return word;
    if (row[0] === 'ogi') {
      return start > 0 && word[start - 1] === 'l' ? word.slice(0, start) + 'og' : word;
    }
    if (row[0] === 'li') {
      return start > 0 && VALID_LI.includes(word[start - 1]) ? word.slice(0, start) : word;
    }
    return word.slice(0, start) + row[1];
  }

  function step3(word, p1, p2) {
    const row = longestEnding(word, STEP_3);
    if (row === null) return word;
    const start = word.length - row[0].length;
    if (start < p1) return word;
    if (row[1] === null) return start >= p2 ? word.slice(0, start) : word;
    return word.slice(0, start) + row[1];
  }

  function step4(word, p2) {
    const ending = longestEnding(word, STEP_4);
    if (ending === null) return word;
    const start = word.length - ending.length;
    if (start < p2) return word;
    if (ending === 'ion') {
      const before = start > 0 ? word[start - 1] : '';
      return before === 's' || before === 't' ? word.slice(0, start) : word;
    }
    return word.slice(0, start);
  }

  function step5(word, p1, p2) {
    const last = word[word.length - 1];
    const start = word.length - 1;
    if (last === 'e') {
      if (start >= p2 || (start >= p1 && !endsShort(word, start))) return word.slice(0, start);
      return word;
    }
    if (last === 'l') {
      return start >= p2 && start > 0 && word[start - 1] === 'l' ? word.slice(0, start) : word;
    }
    return word;
  }

  globalThis.TriglotStem = { stem };
})();
