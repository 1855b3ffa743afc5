#!/usr/bin/env python3
"""Renders every kustomize overlay and checks the house rules on the result.

    python3 k8s/check_manifests.py            # from the repository root

Needs `kubectl` (1.27+, for its embedded kustomize) or `kustomize` v5 on
PATH, and PyYAML (Debian: python3-yaml). No cluster is contacted.

Checks, for every rendered object:
  - every pod (Deployment, StatefulSet, Job) runs as non-root with the
    RuntimeDefault seccomp profile and no service-account token; every
    container has a read-only root filesystem, drops ALL capabilities,
    forbids privilege escalation and sets CPU and memory requests and limits;
  - every ConfigMap, Secret volume and envFrom a pod names is either rendered
    in the same overlay (ConfigMaps) or in the documented list of Secrets the
    operator creates;
  - IMI services: gRPC startup/readiness/liveness probes on the container
    port named `grpc`, which is the port of IMI_LISTEN_ADDR, and
    terminationGracePeriodSeconds > IMI_SHUTDOWN_GRACE_SECONDS;
  - every Service, PodDisruptionBudget, NetworkPolicy and HPA selects or
    targets an existing workload.
Prints 'N passed, N failed' (one per overlay) and exits non-zero on failure.
"""
import os
import shutil
import subprocess
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
TARGETS = ["base", "overlays/training", "overlays/production"]

# Secrets the operator creates (docs/operations/kubernetes.md "Secrets").
KNOWN_SECRETS = {
    "imi-postgres-admin", "imi-redis", "imi-auth-public-keys",
    "directory-postgres", "identity-postgres", "translation-postgres",
    "requests-postgres", "alerts-postgres", "repositories-postgres",
}
POD_KINDS = {"Deployment", "StatefulSet", "Job"}


def render(target):
    path = os.path.join(HERE, target)
    if shutil.which("kubectl"):
        cmd = ["kubectl", "kustomize", path]
    elif shutil.which("kustomize"):
        cmd = ["kustomize", "build", path]
    else:
        sys.exit("neither kubectl nor kustomize is on PATH")
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    return [d for d in yaml.safe_load_all(out) if d]


def pod_spec(obj):
    return obj["spec"]["template"]["spec"]


def labels_match(selector, labels):
    return all(labels.get(k) == v for k, v in selector.items())


def check(objs):
    errors = []
    by_kind = {}
    for o in objs:
        by_kind.setdefault(o["kind"], {})[o["metadata"]["name"]] = o
    configmaps = by_kind.get("ConfigMap", {})

    for o in objs:
        if o["kind"] not in POD_KINDS:
            continue
        where = f'{o["kind"]}/{o["metadata"]["name"]}'
        spec = pod_spec(o)
        psc = spec.get("securityContext", {})
        if psc.get("runAsNonRoot") is not True:
            errors.append(f"{where}: pod securityContext.runAsNonRoot is not true")
        if psc.get("seccompProfile", {}).get("type") != "RuntimeDefault":
            errors.append(f"{where}: pod seccompProfile is not RuntimeDefault")
        if spec.get("automountServiceAccountToken") is not False:
            errors.append(f"{where}: automountServiceAccountToken is not false")
        for vol in spec.get("volumes", []):
            if "configMap" in vol and vol["configMap"]["name"] not in configmaps:
                errors.append(f'{where}: volume ConfigMap {vol["configMap"]["name"]} not rendered')
            if "secret" in vol and vol["secret"]["secretName"] not in KNOWN_SECRETS:
                errors.append(f'{where}: unknown Secret {vol["secret"]["secretName"]}')
        containers = spec.get("initContainers", []) + spec["containers"]
        for c in containers:
            cw = f'{where} container {c["name"]}'
            sc = c.get("securityContext", {})
            if sc.get("readOnlyRootFilesystem") is not True:
                errors.append(f"{cw}: readOnlyRootFilesystem is not true")
            if sc.get("allowPrivilegeEscalation") is not False:
                errors.append(f"{cw}: allowPrivilegeEscalation is not false")
            if sc.get("capabilities", {}).get("drop") != ["ALL"]:
                errors.append(f"{cw}: capabilities.drop is not [ALL]")
            res = c.get("resources", {})
            for kind in ("requests", "limits"):
                for r in ("cpu", "memory"):
                    if r not in res.get(kind, {}):
                        errors.append(f"{cw}: no {kind}.{r}")
            for ef in c.get("envFrom", []):
                name = ef.get("configMapRef", {}).get("name")
                if name and name not in configmaps:
                    errors.append(f"{cw}: envFrom ConfigMap {name} not rendered")
            for e in c.get("env", []):
                ref = e.get("valueFrom", {}).get("secretKeyRef")
                if ref and ref["name"] not in KNOWN_SECRETS:
                    errors.append(f'{cw}: unknown Secret {ref["name"]}')

        # IMI services: a container with a port named grpc.
        for c in spec["containers"]:
            ports = {p.get("name"): p["containerPort"] for p in c.get("ports", [])}
            if "grpc" not in ports:
                continue
            cw = f'{where} container {c["name"]}'
            env = {}
            for ef in c.get("envFrom", []):
                name = ef.get("configMapRef", {}).get("name")
                env.update(configmaps.get(name, {}).get("data", {}))
            listen = env.get("IMI_LISTEN_ADDR", "")
            if not listen.endswith(f':{ports["grpc"]}'):
                errors.append(f'{cw}: IMI_LISTEN_ADDR {listen!r} is not port {ports["grpc"]}')
            for probe in ("startupProbe", "readinessProbe", "livenessProbe"):
                p = c.get(probe)
                if not p or p.get("grpc", {}).get("port") != ports["grpc"]:
                    errors.append(f"{cw}: {probe} is not a gRPC probe on port {ports['grpc']}")
            grace = int(env.get("IMI_SHUTDOWN_GRACE_SECONDS", "20"))
            if spec.get("terminationGracePeriodSeconds", 30) <= grace:
                errors.append(f"{where}: terminationGracePeriodSeconds <= IMI_SHUTDOWN_GRACE_SECONDS")
            if "metrics" not in ports:
                errors.append(f"{cw}: no container port named metrics")

    workloads = [o for o in objs if o["kind"] in POD_KINDS]

    def selects_some(selector):
        return any(labels_match(selector, w["spec"]["template"]["metadata"].get("labels", {}))
                   for w in workloads)

    for name, svc in by_kind.get("Service", {}).items():
        if not selects_some(svc["spec"].get("selector", {})):
            errors.append(f"Service/{name}: selects no pod template")
    for kind in ("PodDisruptionBudget",):
        for name, o in by_kind.get(kind, {}).items():
            if not selects_some(o["spec"]["selector"]["matchLabels"]):
                errors.append(f"{kind}/{name}: selects no pod template")
    for name, o in by_kind.get("NetworkPolicy", {}).items():
        if not selects_some(o["spec"]["podSelector"].get("matchLabels", {})):
            errors.append(f"NetworkPolicy/{name}: selects no pod template")
    for name, o in by_kind.get("HorizontalPodAutoscaler", {}).items():
        ref = o["spec"]["scaleTargetRef"]
        target = by_kind.get(ref["kind"], {}).get(ref["name"])
        if target is None:
            errors.append(f"HorizontalPodAutoscaler/{name}: no {ref['kind']}/{ref['name']}")
        elif "replicas" in target["spec"]:
            errors.append(f"{ref['kind']}/{ref['name']}: sets replicas although an HPA scales it")
    return errors


def main():
    passed = failed = 0
    for target in TARGETS:
        try:
            objs = render(target)
        except subprocess.CalledProcessError as e:
            print(f"FAIL {target}: kustomize: {e.stderr.strip()}")
            failed += 1
            continue
        errors = check(objs)
        if errors:
            failed += 1
            print(f"FAIL {target} ({len(objs)} objects)")
            for e in errors:
                print(f"  {e}")
        else:
            passed += 1
            print(f"ok   {target} ({len(objs)} objects)")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
