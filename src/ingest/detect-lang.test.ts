import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectLang } from './detect-lang.ts';

test('Korean text with English names in parentheses is Korean', () => {
  assert.equal(detectLang('메타가 애플 파운데이션 모델(Apple Foundation Models) 팀의 루오밍 팡(Ruoming Pang)과 톰 건터(Tom Gunter)를 영입했다.'), 'ko');
});

test('English text is English, even with a Korean name in it', () => {
  assert.equal(detectLang('Naver has hired Lee Seo-yeon (이서연), a senior staff engineer at Google, to lead a new division.'), 'en');
});

test('other scripts and other Latin languages are other', () => {
  assert.equal(detectLang('字节跳动从阿里巴巴挖走了通义千问团队的研究员。'), 'other');
  assert.equal(detectLang('Мета наняла исследователя из Apple.'), 'other');
  assert.equal(detectLang('Mistral AI recrute des chercheurs venus de DeepMind et de Meta pour renforcer son équipe parisienne, selon plusieurs sources proches du dossier qui ont requis l’anonymat.'), 'other');
  assert.equal(detectLang('12345 !!!'), 'other');
});
