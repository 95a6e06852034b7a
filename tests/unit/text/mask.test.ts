import { describe, expect, it } from 'vitest';
import { maskPiece, maskVariables, MAX_PIECE } from '../../../src/lib/text/mask.ts';

describe('maskVariables', () => {
  it.each([
    ['connect ECONNREFUSED 10.2.3.4:5432', 'connect ECONNREFUSED <ip>:<port>'],
    ['from 192.168.0.1, peer 10.0.0.0/16', 'from <ip>, peer <cidr>'],
    ['fe80::1 and 2001:db8::8a2e:370:7334', '<ip> and <ip>'],
    ['db-01.prod.internal:3306 refused', '<host>:<port> refused'],
    ['on web-01 and api-7f9c8d5b6c-x2kq9 (i-0abc123def)', 'on <host> and <host> (<host>)'],
    ['request 550e8400-e29b-41d4-a716-446655440000 failed', 'request <uuid> failed'],
    ['commit 3f2a9c1b0e and address 0x7fff5fbff8c8', 'commit <hex> and address <hex>'],
    ['2024-05-14T10:05:00.123+09:00 and 2024/05/14 10:05:30', '<time> and <time> <time>'],
    ['pid=12345 and process 4242 exited', 'pid=<num> and process <num> exited'],
    ['timed out after 30000ms, 1.5s later, used 512mb', 'timed out after <duration>, <duration> later, used <size>'],
    ['No space left on device: /var/lib/mysql/ibdata1', 'No space left on device: <path>'],
    ['at Client (/app/node_modules/pg/lib/client.js:132:15)', 'at Client (<path>)'],
    ['GET http://10.0.0.2:8080/health', 'GET <url>'],
    ['10.0.1.23:5432への接続が拒否されました', '<ip>:<port>への接続が拒否されました'],
  ])('masks %s', (input, expected) => {
    expect(maskVariables(input)).toBe(expected);
  });

  it.each([
    'ERROR 1040 (HY000): Too many connections',
    'SQLSTATE[HY000] [1040] Too many connections',
    'write failed: ENOSPC, errno 28',
    'container OOMKilled, exit code 137',
    '502 Bad Gateway from nginx/1.25',
    'HRESULT 0x80004005 in utf-8 text, region ap-northeast-1',
    'max_connections reached (111: Connection refused)',
  ])('keeps error codes significant in %s', (input) => {
    expect(maskVariables(input)).toBe(input);
  });

  it('replaces a piece longer than MAX_PIECE whole', () => {
    expect(maskPiece('a'.repeat(MAX_PIECE + 1))).toBe('<blob>');
    expect(maskVariables(`x ${'9'.repeat(MAX_PIECE * 4)} y`)).toBe('x <blob> y');
  });
});
