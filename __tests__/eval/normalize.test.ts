import { normalizeEvalName } from '../../src/eval/normalize';

describe('normalizeEvalName', () => {
  it.each([
    ['The  Kremlin', 'kremlin'],
    ['the Israeli leader', 'israeli leader'],
    ['Theresa May', 'theresa may'],
    ['Trump’s', 'trump'],
    ["Trump's", 'trump'],
    ['Turkey’s Erdoğan', "turkey's erdogan"],
    ['Hamas', 'hamas'],
    ['Mr. Netanyahu', 'mr netanyahu'],
    ['U.S.', 'us'],
    ['Báo Quốc Tế', 'bao quoc te'],
    ['the U.S.-led “Board of Peace”', 'us-led "board of peace"'],
    ['  Vladimir\n\tPutin ', 'vladimir putin'],
    ['the', 'the'],
    ['', ''],
  ])('%j → %j', (name, key) => {
    expect(normalizeEvalName(name)).toBe(key);
  });

  it('drops only one leading "the " and one trailing "\'s", after the spaces are collapsed', () => {
    expect(normalizeEvalName('The  the Hague')).toBe('the hague');
    expect(normalizeEvalName("The Biden administration's")).toBe('biden administration');
  });
});
