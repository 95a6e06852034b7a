/**
 * The words a new entry starts with, in the site's two languages: section headings of the body
 * outline, the placeholder titles of a runbook's first cause and solutions, and the hints an
 * author reads (and deletes) while filling them in. Kept apart from the code that assembles the
 * file so that wording changes touch one place.
 */
import type { Lang, SolutionKind } from '../content/schema.ts';

/** One solution the runbook skeleton starts with, and the body section that details it. */
export interface OutlineSolution {
  id: string;
  kind: SolutionKind;
  title: string;
  step: string;
  /** The body section (`## ...`) its `### <id>` detail sits under. */
  section: string;
  hint: string;
}

export interface Outline {
  runbook: {
    cause: { id: string; title: string };
    solutions: OutlineSolution[];
    overview: { heading: string; hint: string };
    diagnosis: { heading: string; hint: string };
  };
  incident: { heading: string; hint: string }[];
  path: { description: string; goal: string };
}

const CAUSE_ID = 'main-cause';

export const OUTLINES: Record<Lang, Outline> = {
  ja: {
    runbook: {
      cause: { id: CAUSE_ID, title: '(最も多い原因を一文で書く)' },
      solutions: [
        {
          id: 'first-response',
          kind: 'mitigation',
          title: '(まず被害を止める手順を一文で書く)',
          step: '(最初に実行するコマンドを `バッククォート` で囲んで書く)',
          section: '一次対応',
          hint: '深夜 3 時でも安全に実行できる、被害を止める手順。コマンドと期待される出力を書く。',
        },
        {
          id: 'permanent-fix',
          kind: 'fix',
          title: '(原因を取り除く手順を一文で書く)',
          step: '(原因を取り除くためのコマンドや設定変更を書く)',
          section: '恒久対応',
          hint: '原因そのものを取り除く手順。変更前に確認すること、戻し方も書く。',
        },
        {
          id: 'prevent-recurrence',
          kind: 'prevention',
          title: '(再発を防ぐ仕組みを一文で書く)',
          step: '(監視・設定・運用の変更を書く)',
          section: '再発防止',
          hint: '同じ問題を繰り返さないための監視や設定。当てはまらなければ、この節と frontmatter の解決策を消す。',
        },
      ],
      overview: { heading: '概要', hint: '何が起きているのかを 2〜3 文で。放置するとどうなるか (業務への影響) も書く。' },
      diagnosis: { heading: '診断', hint: '確認するコマンドを順に、期待される出力と読み方とともに書く。' },
    },
    incident: [
      { heading: '概要', hint: '何が起き、どれだけの影響があり、どう復旧したかを 3〜4 文で。' },
      { heading: 'タイムライン', hint: 'ログとチャットから、検知・判断・対応の流れを時刻つきで書く。' },
      { heading: '影響', hint: '影響を受けたユーザー数、失われたリクエスト、SLA への影響。' },
      { heading: '根本原因分析', hint: '技術・プロセス・組織の 3 つの層で、なぜ起きたのかを書く。' },
      { heading: 'アクションアイテム', hint: '再発を防ぐための対策と担当者。frontmatter の action_items にも書く。' },
    ],
    path: { description: '(このパスを終えると何ができるようになるかを書く)', goal: '(このステップで身につけることを書く)' },
  },
  en: {
    runbook: {
      cause: { id: CAUSE_ID, title: '(the most common cause, in one sentence)' },
      solutions: [
        {
          id: 'first-response',
          kind: 'mitigation',
          title: '(how to stop the bleeding, in one sentence)',
          step: '(the first command to run, in `backticks`)',
          section: 'First response',
          hint: 'What stops the damage and is safe to run at 3 a.m.: commands and the output to expect.',
        },
        {
          id: 'permanent-fix',
          kind: 'fix',
          title: '(how to remove the cause, in one sentence)',
          step: '(the command or configuration change that removes the cause)',
          section: 'Fix',
          hint: 'What removes the cause: what to check before the change, and how to roll it back.',
        },
        {
          id: 'prevent-recurrence',
          kind: 'prevention',
          title: '(what stops it coming back, in one sentence)',
          step: '(the monitoring, configuration or process change)',
          section: 'Prevention',
          hint: 'Monitoring or configuration that stops it coming back. Delete this section and its solution if none applies.',
        },
      ],
      overview: { heading: 'Overview', hint: 'What is going on, in two or three sentences, and what happens if nobody acts.' },
      diagnosis: { heading: 'Diagnosis', hint: 'The commands to run, in order, each with the output to expect and how to read it.' },
    },
    incident: [
      { heading: 'Summary', hint: 'What happened, how bad it was and how service came back, in three or four sentences.' },
      { heading: 'Timeline', hint: 'From logs and chat: detection, decisions and actions, with times.' },
      { heading: 'Impact', hint: 'Users affected, requests lost, what it cost against the SLA.' },
      { heading: 'Root cause analysis', hint: 'Why it happened, in three layers: technical, process, organizational.' },
      { heading: 'Action items', hint: 'What will stop it happening again, and who owns it; list them in action_items too.' },
    ],
    path: { description: '(what someone can do after this path)', goal: '(what this step teaches)' },
  },
};
