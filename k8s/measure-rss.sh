#!/usr/bin/env bash
# Measures the memory the manifests' resources are set from: each image's jar in its own JVM, as deployed (the three
# MCP servers on the demo snapshot, the orchestrator reaching them over MCP HTTP), under the demo's questions.
# Each JVM sees the container limit it gets in k8s/ (-XX:MaxRAM) and the image's flags. Prints, per JVM, the
# resident set after start, after the load (steady) and its peak (VmHWM), in MiB.
#   usage: k8s/measure-rss.sh [ROUNDS]        (after ./mvnw -DskipTests package; JAVA_HOME a JDK 25)
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${1:-10}
SNAPSHOT=mcp-servers/kubernetes/src/main/resources/snapshots/demo
WORK=$(mktemp -d)
IMAGE_FLAGS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
JAVA=${JAVA_HOME:?set JAVA_HOME to a JDK 25}/bin/java
declare -A PIDS PORTS

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
rss() { awk -v k="$2:" '$1==k {printf "%d", $2/1024}' "/proc/$1/status"; }

start() { # name max-ram jar args...
    local name=$1 maxram=$2 jar=$3 port
    shift 3
    port=$(free_port)
    "$JAVA" -XX:MaxRAM="$maxram" $IMAGE_FLAGS -jar "$jar" --server.address=127.0.0.1 --server.port="$port" "$@" \
        >"$WORK/$name.log" 2>&1 &
    PIDS[$name]=$!
    PORTS[$name]=$port
}

ready() { # name
    for _ in $(seq 240); do
        curl -sf "http://127.0.0.1:${PORTS[$1]}/actuator/health/readiness" >/dev/null && return 0
        kill -0 "${PIDS[$1]}" 2>/dev/null || { echo "$1 died; see $WORK/$1.log" >&2; exit 1; }
        sleep 0.5
    done
    echo "$1 not ready; see $WORK/$1.log" >&2
    exit 1
}

stop_all() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap stop_all EXIT

start mcp-eks 768m mcp-servers/eks/target/triage-mcp-eks.jar --triage.snapshot="$SNAPSHOT"
start mcp-cloudwatch 768m mcp-servers/cloudwatch/target/triage-mcp-cloudwatch.jar --triage.snapshot="$SNAPSHOT"
start mcp-runbook 768m mcp-servers/runbook/target/triage-mcp-runbook.jar --triage.snapshot="$SNAPSHOT"
for name in mcp-eks mcp-cloudwatch mcp-runbook; do ready "$name"; done
start orchestrator 1536m orchestrator/target/triage.jar --triage.agents.cluster=demo-eks \
    --triage.agents.servers.eks="http://127.0.0.1:${PORTS[mcp-eks]}/mcp" \
    --triage.agents.servers.cloudwatch="http://127.0.0.1:${PORTS[mcp-cloudwatch]}/mcp" \
    --triage.agents.servers.runbook="http://127.0.0.1:${PORTS[mcp-runbook]}/mcp"
ready orchestrator

declare -A STARTED
for name in "${!PIDS[@]}"; do STARTED[$name]=$(rss "${PIDS[$name]}" VmRSS); done

API="http://127.0.0.1:${PORTS[orchestrator]}/api/v1/investigations"
for round in $(seq "$ROUNDS"); do
    for question in "diagnose unhealthy pods" "why is search slow?" "what is wrong in namespace shop?"; do
        id=$(curl -sf "$API" -H 'Content-Type: application/json' -d "{\"question\":\"$question\"}" |
            python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
        for _ in $(seq 600); do
            status=$(curl -sf "$API/$id" | python3 -c 'import json,sys; print(json.load(sys.stdin)["status"])')
            case $status in COMPLETED | FAILED) break ;; esac
            sleep 0.2
        done
        [ "$status" = COMPLETED ] || { echo "round $round: '$question' ended $status" >&2; exit 1; }
    done
done

printf '%-16s %10s %10s %10s   (MiB, %s rounds of 3 investigations)\n' jvm started steady peak "$ROUNDS"
for name in orchestrator mcp-eks mcp-cloudwatch mcp-runbook; do
    printf '%-16s %10s %10s %10s\n' "$name" "${STARTED[$name]}" "$(rss "${PIDS[$name]}" VmRSS)" \
        "$(rss "${PIDS[$name]}" VmHWM)"
done
