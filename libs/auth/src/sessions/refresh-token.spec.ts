import { parseRefreshToken, refreshTokenText } from './refresh-token';

const SECRET = 'a-secret-of-at-least-thirty-two-characters';
const TOKEN = { sessionId: '0b6f2a1e-5d0c-4c55-9a53-0f1f3c1b2a10', generation: 3 };

describe('refresh tokens', () => {
  it('read back what the server made', () => {
    expect(parseRefreshToken(SECRET, refreshTokenText(SECRET, TOKEN))).toEqual(TOKEN);
  });

  it('refuse a changed generation, session, MAC or key', () => {
    const text = refreshTokenText(SECRET, TOKEN);
    const [id, , mac] = text.split('.');
    expect(parseRefreshToken(SECRET, `${id}.4.${mac}`)).toBeNull();
    expect(parseRefreshToken(SECRET, text.replace('0b6f', '1b6f'))).toBeNull();
    expect(parseRefreshToken(SECRET, `${text}x`)).toBeNull();
    expect(parseRefreshToken(`${SECRET}!`, text)).toBeNull();
    expect(parseRefreshToken(SECRET, 'garbage')).toBeNull();
  });
});
