// A small OpenID provider for the single sign-on tests, run in a child process because
// oidc-provider is ESM-only. Arguments: client id, client secret, redirect URI. It prints its
// issuer on the first line of stdout once it listens.
//
// No login form: GET /interaction/<uid>?account=<id> signs that account in and consents to the
// scopes asked, as a user would, so that the test drives the whole flow over HTTP.
import http from 'node:http';
import process from 'node:process';
import { URL } from 'node:url';
import Provider from 'oidc-provider';

const [clientId, clientSecret, redirectUri] = process.argv.slice(2);

/** The provider's people: their email, and whether the provider checked it. */
const ACCOUNTS = {
  invited: { email: 'sso.invited@test.example', email_verified: true },
  unverified: { email: 'sso.unverified@test.example', email_verified: false },
  unknown: { email: 'sso.nobody@test.example', email_verified: true },
  deactivated: { email: 'sso.deactivated@test.example', email_verified: true },
  'two-factor': { email: 'sso.two-factor@test.example', email_verified: true },
};

const server = http.createServer();
server.listen(0, '127.0.0.1', () => {
  const issuer = `http://127.0.0.1:${server.address().port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [redirectUri],
        response_types: ['code'],
        grant_types: ['authorization_code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    claims: { openid: ['sub'], email: ['email', 'email_verified'] },
    async findAccount(_ctx, id) {
      const person = ACCOUNTS[id];
      return person && { accountId: id, claims: async () => ({ sub: id, ...person }) };
    },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    cookies: { keys: ['a cookie key for the test provider only'] },
    pkce: { required: () => true },
  });
  const callback = provider.callback();
  server.on('request', async (req, res) => {
    if (!req.url.startsWith('/interaction/')) return callback(req, res);
    try {
      const details = await provider.interactionDetails(req, res);
      const accountId = new URL(req.url, issuer).searchParams.get('account');
      const grant = new provider.Grant({ accountId, clientId: details.params.client_id });
      grant.addOIDCScope(details.params.scope);
      const grantId = await grant.save();
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId }, consent: { grantId } },
        { mergeWithLastSubmission: false },
      );
    } catch (error) {
      res.statusCode = 500;
      res.end(String(error));
    }
  });
  process.stdout.write(`${issuer}\n`);
});
