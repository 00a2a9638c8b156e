#!/usr/bin/env node
// Validates rendered Kubernetes manifests (a multi-document YAML stream on stdin, as `kubectl
// kustomize DIR` prints it) against the Kubernetes API schemas of the npm packages kubernetes-models
// (core kinds) and @kubernetes-models/keda (ScaledObject), then checks what the schemas cannot see:
// selectors match pod labels, Services select a workload, the KEDA ScaledObject targets the screener
// Deployment with at most as many replicas as the declarations topic has partitions.
// Usage: kubectl kustomize deploy/kubernetes/base | node deploy/scripts/validate-manifests.mjs NAME
import { readFileSync } from 'node:fs';
import { loadAll } from 'js-yaml';

const label = process.argv[2] ?? 'stdin';
const docs = loadAll(readFileSync(0, 'utf8')).filter(Boolean);
const problems = [];

function modulePath(apiVersion) {
  if (apiVersion === 'keda.sh/v1alpha1') return '@kubernetes-models/keda/keda.sh/v1alpha1';
  return apiVersion.includes('/') ? `kubernetes-models/${apiVersion}` : `kubernetes-models/${apiVersion}`;
}

for (const doc of docs) {
  const where = `${doc.kind}/${doc.metadata?.name}`;
  let models;
  try {
    models = await import(modulePath(doc.apiVersion));
  } catch {
    problems.push(`${where}: no schema for apiVersion ${doc.apiVersion}`);
    continue;
  }
  const Model = models[doc.kind];
  if (!Model) {
    problems.push(`${where}: no schema for kind ${doc.kind} in ${doc.apiVersion}`);
    continue;
  }
  try {
    new Model(doc).validate();
  } catch (error) {
    problems.push(`${where}: ${error.message}`);
  }
}

const byKind = (kind) => docs.filter((d) => d.kind === kind);
const matches = (selector, labels) =>
  Object.entries(selector ?? {}).every(([key, value]) => labels?.[key] === value);

for (const d of byKind('Deployment')) {
  if (!matches(d.spec.selector.matchLabels, d.spec.template.metadata.labels))
    problems.push(`Deployment/${d.metadata.name}: selector does not match its pod labels`);
}
const podLabels = byKind('Deployment').map((d) => d.spec.template.metadata.labels);
for (const s of byKind('Service')) {
  if (!podLabels.some((labels) => matches(s.spec.selector, labels)))
    problems.push(`Service/${s.metadata.name}: selects no Deployment's pods`);
}
for (const name of ['salw-intake', 'salw-screener', 'salw-alert-desk', 'salw-registry']) {
  if (!byKind('Deployment').some((d) => d.metadata.name === name)) problems.push(`Deployment/${name} is missing`);
}

const partitionsEnv = byKind('Job')
  .flatMap((j) => j.spec.template.spec.containers.flatMap((c) => c.env ?? []))
  .find((e) => e.name === 'DECLARATION_PARTITIONS');
const partitions = Number(partitionsEnv?.value ?? 6);
const scaled = byKind('ScaledObject');
if (scaled.length !== 1) problems.push(`expected one ScaledObject (the screener's), found ${scaled.length}`);
for (const s of scaled) {
  const target = byKind('Deployment').find((d) => d.metadata.name === s.spec.scaleTargetRef.name);
  if (!target) problems.push(`ScaledObject/${s.metadata.name}: targets no Deployment of the set`);
  else if (target.spec.replicas !== undefined)
    problems.push(`Deployment/${target.metadata.name}: sets replicas although KEDA scales it`);
  if (!(s.spec.maxReplicaCount <= partitions))
    problems.push(
      `ScaledObject/${s.metadata.name}: maxReplicaCount ${s.spec.maxReplicaCount} exceeds the ${partitions} declarations partitions`,
    );
  if (!s.spec.triggers.some((t) => t.type === 'kafka'))
    problems.push(`ScaledObject/${s.metadata.name}: no kafka (consumer lag) trigger`);
}
if (byKind('HorizontalPodAutoscaler').length > 0)
  problems.push('a HorizontalPodAutoscaler besides KEDA: both would fight over the screener replicas');

if (problems.length > 0) {
  console.error(`${label}: ${problems.length} problem(s) in ${docs.length} objects`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}
console.log(`${label}: ${docs.length} objects valid (${[...new Set(docs.map((d) => d.kind))].join(', ')})`);
