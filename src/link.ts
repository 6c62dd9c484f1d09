// Cross-file linking of objects to clusters: by the same logical resource, else by the same
// literal name (when exactly one scanned cluster has it), and for aws-auth ConfigMaps (which name no
// cluster) by what the extractor proved (a kubernetes provider configured from the cluster) or by the
// config's `clusters.<name>.awsAuth` globs. Never by a guess.
import { relative, resolve } from 'node:path';
import picomatch from 'picomatch';
import type { ClusterFacts, Config } from './config.ts';
import type { AccessEntry, AuthenticationMode, AwsAuthDocument, Cluster, ClusterRef, Located, Model, Tool } from './model.ts';
import type { ClusterView, Link, RuleContext } from './rule.ts';
import { known } from './text.ts';

const MODES: readonly string[] = ['CONFIG_MAP', 'API_AND_CONFIG_MAP', 'API'];

/** Where file paths are relative to: the run's cwd; config globs are relative to the config's folder. */
export interface LinkPaths {
  cwd: string;
  configDir: string;
}

export function makeContext(model: Model, before: Model | undefined, config: Config, clusterAccount?: string, paths?: LinkPaths): RuleContext {
  const byResource = new Map<string, Cluster>();
  const byName = new Map<string, Cluster[]>();
  for (const c of model.clusters) {
    if (c.ref.resource) byResource.set(c.ref.resource, c);
    const name = known(c.name);
    if (name) byName.set(name, [...(byName.get(name) ?? []), c]);
  }
  const clusterOf = (ref: ClusterRef): Cluster | undefined => {
    if (ref.resource && byResource.has(ref.resource)) return byResource.get(ref.resource);
    const named = ref.name ? byName.get(ref.name) : undefined;
    return named && named.length === 1 ? named[0] : undefined;
  };

  const views: ClusterView[] = [];
  const viewOfCluster = new Map<Cluster, ClusterView>();
  const viewOfName = new Map<string, ClusterView>();
  const viewOfObject = new Map<object, ClusterView>();
  for (const c of model.clusters) {
    const v = newView(c, known(c.name), config);
    viewOfCluster.set(c, v);
    viewOfObject.set(c, v);
    views.push(v);
  }
  /** The view of a cluster named `name`: the one scanned cluster of that name, or one the files only name. */
  const named = (name: string): ClusterView | undefined => {
    const files = byName.get(name) ?? [];
    if (files.length > 1) return undefined; // two clusters of that name: which one is not provable
    if (files.length === 1) return viewOfCluster.get(files[0]);
    let v = viewOfName.get(name);
    if (!v) {
      v = newView(undefined, name, config);
      viewOfName.set(name, v);
      views.push(v);
    }
    return v;
  };
  type Tie = { view: ClusterView; how: string; plain: boolean };
  const resolveRef = (ref: ClusterRef): Tie | undefined => {
    const c = ref.resource ? byResource.get(ref.resource) : undefined;
    if (c) return { view: viewOfCluster.get(c)!, how: ref.via ?? resourceLabel(ref.resource!), plain: !ref.via };
    const v = ref.name ? named(ref.name) : undefined;
    return v && { view: v, how: ref.via ?? `same cluster name "${ref.name}"`, plain: false };
  };
  const tie = (obj: Located, r: Tie) => {
    viewOfObject.set(obj, r.view);
    r.view.links.set(obj, { how: r.how, plain: r.plain, file: obj.origin.doc.file.path });
  };

  for (const e of model.accessEntries) {
    const r = resolveRef(e.cluster);
    if (r) (tie(e, r), r.view.entries.push(e));
  }
  for (const n of model.nodeRoles) {
    const r = resolveRef(n.cluster);
    if (r) (tie(n, r), r.view.nodeRoles.push(n));
  }
  const declared = awsAuthGlobs(config, paths);
  for (const d of model.awsAuth) {
    let r = d.cluster ? resolveRef(d.cluster) : undefined;
    if (!r && !d.cluster) {
      const names = declared(d.origin.doc.file.path);
      const v = names.length === 1 ? named(names[0]) : undefined;
      // The globs are the config's facts: not about a same-named cluster of another account.
      if (v && (!v.cluster || factsFor(v.cluster, names[0], config))) r = { view: v, how: `config clusters.${names[0]}.awsAuth`, plain: false };
    }
    if (r) (tie(d, r), r.view.awsAuth.push(d));
  }
  for (const m of model.identityMappings) {
    const v = viewOfObject.get(m.document);
    if (v) (viewOfObject.set(m, v), v.mappings.push(m));
  }

  const untied = <T extends object>(list: T[]) => list.filter((o) => !viewOfObject.has(o));
  return {
    model,
    before,
    config,
    clusters: views,
    untied: { accessEntries: untied(model.accessEntries), nodeRoles: untied(model.nodeRoles), awsAuth: untied(model.awsAuth), identityMappings: untied(model.identityMappings) },
    viewOf: (obj) => viewOfObject.get(obj),
    clusterOf,
    clusterAccount(ref) {
      const c = clusterOf(ref);
      if (c && typeof c.account === 'string') return c.account;
      const name = ref.name ?? known(c?.name);
      return (name && config.clusters?.[name]?.account) || clusterAccount || config.defaultAccount;
    },
  };
}

function newView(cluster: Cluster | undefined, name: string | undefined, config: Config): ClusterView {
  const facts = factsFor(cluster, name, config);
  const label = name ?? (cluster?.ref.resource ? resourceLabel(cluster.ref.resource).replace(/^(!Ref |a reference to )/, '') : 'cluster');
  const account = typeof cluster?.account === 'string' && /^\d{12}$/.test(cluster.account) ? cluster.account : facts?.account;
  return {
    ...(cluster ? { cluster } : {}),
    ...(name !== undefined ? { name } : {}),
    label,
    ...modeOf(cluster, name, facts),
    ...(account ? { account } : {}),
    entries: [], nodeRoles: [], awsAuth: [], mappings: [], links: new Map<Located, Link>(),
  };
}

/**
 * The config's facts about a cluster of that name. A scanned cluster whose account is known and is
 * not the one the config gives is another cluster of the same name: the facts are not its own.
 */
function factsFor(cluster: Cluster | undefined, name: string | undefined, config: Config): ClusterFacts | undefined {
  const facts = name !== undefined && Object.hasOwn(config.clusters ?? {}, name) ? config.clusters![name] : undefined;
  const account = typeof cluster?.account === 'string' ? cluster.account : undefined;
  return facts && account && facts.account && facts.account !== account ? undefined : facts;
}

/** What the files write wins; then what the config states; then the creating tool's default. */
function modeOf(c: Cluster | undefined, name: string | undefined, facts: ClusterFacts | undefined): Pick<ClusterView, 'mode' | 'modeFrom' | 'modeWhy'> {
  const text = c ? known(c.authenticationMode) : undefined;
  const mode = text !== undefined && MODES.includes(text) ? (text as AuthenticationMode) : undefined;
  if (c && mode && c.authenticationModeExplicit) {
    // A plan or state shows the deployed cluster's mode; a template or configuration writes it.
    const shown = c.tool === 'terraform' && !c.origin.pointer.startsWith('/resource/');
    return { mode, modeFrom: 'written', modeWhy: `${shown ? 'as shown by' : 'written in'} ${c.origin.doc.file.path}` };
  }
  if (facts?.authenticationMode) return { mode: facts.authenticationMode, modeFrom: 'config', modeWhy: `stated by the config (clusters.${name}.authenticationMode)` };
  if (c && mode) {
    const shown = c.tool === 'terraform' && !c.origin.pointer.startsWith('/resource/');
    return { mode, modeFrom: 'default', modeWhy: shown ? `EKS's default: ${c.origin.doc.file.path} shows no access_config for it` : defaultWhy(c.tool) };
  }
  return {};
}

function defaultWhy(tool: Tool): string {
  switch (tool) {
    case 'cloudformation':
      return "CloudFormation's default: AccessConfig.AuthenticationMode is not written";
    case 'cdk':
      return 'the default of CDK aws-eks (v1), which sends no authenticationMode';
    case 'terraform':
      return "EKS's default: aws_eks_cluster sends no access_config.authentication_mode";
    case 'eksctl':
      return "eksctl's default: accessConfig.authenticationMode is not written";
    case 'terraform-module':
      return "the default of terraform-aws-modules/eks (v20+ API_AND_CONFIG_MAP; v19 sends none, so EKS's CONFIG_MAP): authentication_mode is not written";
    default:
      return `the default of ${tool}`;
  }
}

/** `cfn:<file>#Cluster` → `!Ref Cluster`; `tf:<module>#aws_eks_cluster.main` → `a reference to aws_eks_cluster.main`. */
function resourceLabel(resource: string): string {
  const hash = resource.lastIndexOf('#');
  const id = resource.slice(hash + 1);
  if (resource.startsWith('cfn:')) return `!Ref ${id}`;
  // `eksctl:<file>#<doc index>`: the cluster an eksctl ClusterConfig file creates.
  if (resource.startsWith('eksctl:')) return `${resource.slice(7, hash)} (eksctl)`;
  const module = resource.slice(3, hash);
  return `a reference to ${module && !module.startsWith('dir:') ? `${module}.${id}` : id}`;
}

/** The cluster names whose `awsAuth` globs match a file (path relative to the cwd). */
function awsAuthGlobs(config: Config, paths: LinkPaths | undefined): (file: string) => string[] {
  const matchers: [string, (p: string) => boolean][] = [];
  for (const [name, facts] of Object.entries(config.clusters ?? {})) {
    const globs = facts.awsAuth === undefined ? [] : Array.isArray(facts.awsAuth) ? facts.awsAuth : [facts.awsAuth];
    if (globs.length) matchers.push([name, picomatch(globs, { dot: true })]);
  }
  if (!matchers.length) return () => [];
  const cwd = paths?.cwd ?? process.cwd();
  const base = paths?.configDir ?? cwd;
  return (file) => {
    const rel = relative(base, resolve(cwd, file)).split('\\').join('/');
    return matchers.filter(([, m]) => m(rel)).map(([n]) => n);
  };
}
