import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildGazetteer, defaultGazetteer } from './index.ts';

const g = defaultGazetteer();
/** Mentions as `text=id` (with `?` when ambiguous), for compact expectations. */
const found = (text: string) => g.findMentions(text).map((m) => `${m.text}=${m.entry.id}${m.ambiguous ? '?' : ''}`);

describe('findMentions: Latin names', () => {
  it('needs a non-word character on both sides', () => {
    assert.deepEqual(found('Googlers left Google, then OpenAI\'s lab; MetaMask and Meta-owned FAIR.'), [
      'Google=google', 'OpenAI=openai', 'Meta=meta', 'FAIR=fair',
    ]);
    assert.deepEqual(found('Xiaomi/Tencent(ByteDance)'), ['Xiaomi=xiaomi', 'Tencent=tencent', 'ByteDance=bytedance']);
    assert.deepEqual(found('하이퍼클로바X 개발, 美OpenAI와 X에서'), ['OpenAI=openai', 'X=x-corp?']);
  });

  it('prefers the longest name and does not overlap', () => {
    assert.deepEqual(found('Google DeepMind and Meta Superintelligence Labs and Microsoft Research Asia'), [
      'Google DeepMind=google-deepmind', 'Meta Superintelligence Labs=meta-superintelligence-labs', 'Microsoft Research Asia=microsoft-research-asia',
    ]);
  });

  it('folds case only after a matching first letter, and never for short or ambiguous names', () => {
    assert.deepEqual(found('Deepmind, Bytedance, OPENAI, GOOGLE DEEPMIND'), [
      'Deepmind=google-deepmind', 'Bytedance=bytedance', 'OPENAI=openai', 'GOOGLE DEEPMIND=google-deepmind',
    ]);
    assert.deepEqual(found('an apple, an oracle, intel on scale, ms. lee, Ms. Kim, Aws'), []);
    assert.deepEqual(found('Scale hired her; SCALE and Scale AI'), ['Scale=scale-ai?', 'SCALE=scale-ai?', 'Scale AI=scale-ai']);
  });

  it('tolerates other whitespace and dashes inside a name', () => {
    assert.deepEqual(found('Google\u00a0DeepMind, Mila – Quebec AI Institute'), [
      'Google\u00a0DeepMind=google-deepmind', 'Mila – Quebec AI Institute=mila',
    ]);
  });
});

describe('findMentions: Hangul names', () => {
  it('accepts particles and fused suffixes after a name', () => {
    assert.deepEqual(found('구글에서 메타로, 애플측은 오픈AI가 삼성전자의 구글행 애플에서는 딥마인드와의'), [
      '구글=google', '메타=meta?', '애플=apple', '오픈AI=openai', '삼성전자=samsung', '구글=google', '애플=apple', '딥마인드=google-deepmind',
    ]);
  });

  it('rejects Hangul that makes another word', () => {
    assert.deepEqual(found('메타버스 애플리케이션 구글링 카카오톡 삼성동 아마존강 메타데이터 메타인지'), []);
  });

  it('needs a word start before the name', () => {
    assert.deepEqual(found('소구글 전애플 美구글'), ['구글=google']);
  });

  it('matches the fused form of a spaced Hangul name, and mixed-script names', () => {
    assert.deepEqual(found('구글딥마인드 출신, LG AI연구원과 SK텔레콤'), [
      '구글딥마인드=google-deepmind', 'LG AI연구원=lg-ai-research', 'SK텔레콤=sk-telecom',
    ]);
  });

  it('flags names that are also surnames or words', () => {
    const [m] = g.findMentions('아르준 메타는');
    assert.equal(m?.entry.id, 'meta');
    assert.equal(m?.ambiguous, true);
    assert.equal(m?.alias, '메타');
    assert.equal(g.findMentions('페이스북')[0]?.ambiguous, false);
  });
});

describe('findMentions: Han and Kana', () => {
  it('matches Han names inside running Chinese, and Kana names as whole words', () => {
    assert.deepEqual(found('他从百度跳槽到字节跳动。ソニーグループとソフトバンク'), [
      '百度=baidu', '字节跳动=bytedance', 'ソニーグループ=sony', 'ソフトバンク=softbank',
    ]);
  });
});

describe('findMentions: offsets and cost', () => {
  it('returns offsets into the text', () => {
    const text = 'He left 애플 for OpenAI.';
    for (const m of g.findMentions(text)) assert.equal(text.slice(m.start, m.end), m.text);
  });

  it('uses earlier entries on ties and its own entries only', () => {
    const small = buildGazetteer([
      { id: 'a', name: 'Acme', aliases: ['애크미'], parent: null, kind: 'company' },
      { id: 'b', name: 'Acme Labs', aliases: [], parent: 'a', kind: 'unit' },
    ]);
    assert.deepEqual(small.findMentions('Acme Labs와 애크미가 Google').map((m) => m.entry.id), ['b', 'a']);
  });

  it('stays linear on a megabyte of names or of unbroken Hangul', () => {
    const cases = ['Apple '.repeat(175_000), '가'.repeat(1_000_000), '애플'.repeat(500_000), 'Aaaa Bbbb '.repeat(100_000), 'Google DeepMin'.repeat(75_000)];
    for (const text of cases) {
      // CPU time, not wall time: the test machine is shared, and what matters is the work done.
      const t0 = process.cpuUsage();
      const mentions = g.findMentions(text);
      const { user, system } = process.cpuUsage(t0);
      const ms = (user + system) / 1000;
      assert.ok(ms < 900, `${text.slice(0, 12)}…: ${ms.toFixed(0)} ms of CPU`);
      if (text.startsWith('Apple')) assert.equal(mentions.length, 175_000);
    }
  });
});
