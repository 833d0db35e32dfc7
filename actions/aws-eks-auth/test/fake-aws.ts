/**
 * STS and EKS stand-ins on 127.0.0.1 for the bundle tests, reached through the
 * SDK's standard AWS_ENDPOINT_URL_STS / AWS_ENDPOINT_URL_EKS variables.
 * Wire formats as documented by AWS: STS is the Query protocol (form-encoded
 * POST, XML answers in the 2011-06-15 namespace, <ErrorResponse> on failure);
 * EKS is REST-JSON (GET /clusters/{name}, x-amzn-errortype on failure).
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export type FakeAwsOptions = {
  account: string;
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  clusters: Record<string, { status: string; endpoint: string; ca: string; region: string }>;
};

export type FakeAws = {
  url: string;
  /** Access key id of each signed request's Authorization header, by action. */
  calls: { action: string; signedWith?: string }[];
  close(): Promise<void>;
};

const NS = 'https://sts.amazonaws.com/doc/2011-06-15/';

function body(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    req.on('data', (chunk) => {
      text += chunk;
    });
    req.on('end', () => resolve(text));
    req.on('error', reject);
  });
}

export async function startFakeAws(options: FakeAwsOptions): Promise<FakeAws> {
  const calls: FakeAws['calls'] = [];
  const server = createServer(async (req, res) => {
    const signedWith = /Credential=([^/]+)\//.exec(req.headers.authorization ?? '')?.[1];
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method === 'POST' && url.pathname === '/') {
      const form = new URLSearchParams(await body(req));
      const action = form.get('Action') ?? '';
      calls.push({ action, signedWith });
      const xml = (status: number, text: string) =>
        res.writeHead(status, { 'content-type': 'text/xml' }).end(text);
      if (action === 'AssumeRoleWithWebIdentity') {
        const role = form.get('RoleArn') ?? '';
        const session = form.get('RoleSessionName') ?? '';
        if (!form.get('WebIdentityToken') || role.endsWith('/denied')) {
          return xml(
            403,
            `<ErrorResponse xmlns="${NS}"><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>Not authorized to perform sts:AssumeRoleWithWebIdentity</Message></Error><RequestId>req-1</RequestId></ErrorResponse>`,
          );
        }
        const roleName = role.split('/').pop();
        return xml(
          200,
          `<AssumeRoleWithWebIdentityResponse xmlns="${NS}"><AssumeRoleWithWebIdentityResult><SubjectFromWebIdentityToken>repo:medimind/delivery:ref:refs/heads/main</SubjectFromWebIdentityToken><Audience>sts.amazonaws.com</Audience><AssumedRoleUser><Arn>arn:aws:sts::${options.account}:assumed-role/${roleName}/${session}</Arn><AssumedRoleId>AROAEXAMPLEID:${session}</AssumedRoleId></AssumedRoleUser><Credentials><SessionToken>${options.sessionToken}</SessionToken><SecretAccessKey>${options.secretAccessKey}</SecretAccessKey><Expiration>2030-01-01T00:00:00Z</Expiration><AccessKeyId>${options.accessKeyId}</AccessKeyId></Credentials><Provider>arn:aws:iam::${options.account}:oidc-provider/token.actions.githubusercontent.com</Provider></AssumeRoleWithWebIdentityResult><ResponseMetadata><RequestId>req-2</RequestId></ResponseMetadata></AssumeRoleWithWebIdentityResponse>`,
        );
      }
      if (action === 'GetCallerIdentity') {
        return xml(
          200,
          `<GetCallerIdentityResponse xmlns="${NS}"><GetCallerIdentityResult><Arn>arn:aws:sts::${options.account}:assumed-role/medimind-deploy/session</Arn><UserId>AROAEXAMPLEID:session</UserId><Account>${options.account}</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>req-3</RequestId></ResponseMetadata></GetCallerIdentityResponse>`,
        );
      }
      return xml(
        400,
        `<ErrorResponse xmlns="${NS}"><Error><Code>InvalidAction</Code></Error></ErrorResponse>`,
      );
    }
    const cluster = /^\/clusters\/([^/]+)$/.exec(url.pathname);
    if (req.method === 'GET' && cluster) {
      const name = decodeURIComponent(cluster[1]!);
      calls.push({ action: 'DescribeCluster', signedWith });
      const found = options.clusters[name];
      if (!found) {
        res
          .writeHead(404, {
            'content-type': 'application/json',
            'x-amzn-errortype':
              'ResourceNotFoundException:http://internal.amazon.com/coral/com.amazonaws.eks/',
          })
          .end(JSON.stringify({ message: `No cluster found for name: ${name}.` }));
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          cluster: {
            name,
            arn: `arn:aws:eks:${found.region}:${options.account}:cluster/${name}`,
            endpoint: found.endpoint,
            certificateAuthority: { data: found.ca },
            status: found.status,
            version: '1.32',
          },
        }),
      );
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
