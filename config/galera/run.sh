#!/usr/bin/env bash
# Three Galera nodes on ONE machine (loopback ports), for trying the console on a cluster; not a production layout.
# Installs Debian's mariadb-server, galera-4 and rsync when missing. Node i listens for SQL on 127.0.0.1:(BASE+i)
# and for Galera on 4560+10*i. Usage: config/galera/run.sh start | stop | status   (files under data/galera)
set -euo pipefail
BASE=${BASE:-3430}
WORK=${WORK:-$PWD/data/galera}
cmd=${1:-start}

node_args() { # i
  local i=$1 peers=gcomm://127.0.0.1:4571,127.0.0.1:4581,127.0.0.1:4591
  echo --no-defaults --datadir="$WORK/n$i" --port=$((BASE + i)) --bind-address=127.0.0.1 \
    --socket="$WORK/n$i.sock" --pid-file="$WORK/n$i.pid" --user=root --skip-log-bin \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci --innodb-buffer-pool-size=256M \
    --binlog-format=ROW --innodb-autoinc-lock-mode=2 --innodb-flush-log-at-trx-commit=2 \
    --wsrep-on=ON --wsrep-provider=/usr/lib/galera/libgalera_smm.so --wsrep-cluster-name=egov-console \
    --wsrep-cluster-address=$peers --wsrep-node-name=n$i --wsrep-node-address=127.0.0.1:$((4561 + 10 * i)) \
    --wsrep-provider-options="gmcast.listen_addr=tcp://127.0.0.1:$((4561 + 10 * i));ist.recv_addr=127.0.0.1:$((4562 + 10 * i))" \
    --wsrep-sst-receive-address=127.0.0.1:$((4563 + 10 * i)) --wsrep-sst-method=rsync --wsrep-sync-wait=1
}

case $cmd in
start)
  for p in mariadb-server galera-4 rsync; do
    dpkg -s "$p" >/dev/null 2>&1 || { apt-get update -q; DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$p"; }
  done
  rm -rf "$WORK"; mkdir -p "$WORK"
  mariadb-install-db --no-defaults --datadir="$WORK/n1" --user=root --auth-root-authentication-method=socket \
      >"$WORK/install.log" 2>&1
  # shellcheck disable=SC2046
  /usr/sbin/mariadbd $(node_args 1) --wsrep-new-cluster >"$WORK/n1.log" 2>&1 &
  until mariadb --no-defaults --socket="$WORK/n1.sock" -uroot -e 'SELECT 1' >/dev/null 2>&1; do sleep 1; done
  PW=$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24)
  mariadb --no-defaults --socket="$WORK/n1.sock" -uroot -e "CREATE DATABASE egov CHARACTER SET utf8mb4
      COLLATE utf8mb4_unicode_ci; CREATE USER 'egov'@'127.0.0.1' IDENTIFIED BY '$PW';
      GRANT ALL PRIVILEGES ON egov.* TO 'egov'@'127.0.0.1';"
  (umask 077; echo "$PW" >"$WORK/db-password")
  # The joiners start from a copy of the first node's files (same cluster state), so they need no full state
  # transfer (rsync SST as root into a root-owned directory fails, and mariabackup is another package).
  kill "$(cat "$WORK/n1.pid")"; while [ -f "$WORK/n1.pid" ]; do sleep 1; done
  for i in 2 3; do cp -a "$WORK/n1" "$WORK/n$i"; rm -f "$WORK/n$i/gvwstate.dat"; done
  # an incremental transfer still goes through an rsync daemon, which runs as "nobody" when started by root
  chmod -R a+rwX "$WORK/n2" "$WORK/n3"
  # shellcheck disable=SC2046
  /usr/sbin/mariadbd $(node_args 1) --wsrep-new-cluster >>"$WORK/n1.log" 2>&1 &
  until mariadb --no-defaults --socket="$WORK/n1.sock" -uroot -e 'SELECT 1' >/dev/null 2>&1; do sleep 1; done
  for i in 2 3; do
    # shellcheck disable=SC2046
    /usr/sbin/mariadbd $(node_args "$i") >"$WORK/n$i.log" 2>&1 &
  done
  for i in 2 3; do
    until mariadb --no-defaults --socket="$WORK/n$i.sock" -uroot -e 'SELECT 1' >/dev/null 2>&1; do sleep 1; done
  done
  mariadb --no-defaults --socket="$WORK/n1.sock" -uroot -e "SHOW STATUS LIKE 'wsrep_cluster_size'"
  echo "user egov, password in $WORK/db-password; JDBC: jdbc:mariadb:sequential://127.0.0.1:$((BASE+1)),127.0.0.1:$((BASE+2)),127.0.0.1:$((BASE+3))/egov"
  ;;
stop)
  for i in 3 2 1; do [ -f "$WORK/n$i.pid" ] && kill "$(cat "$WORK/n$i.pid")" 2>/dev/null || true; done
  ;;
status)
  for i in 1 2 3; do
    mariadb --no-defaults --socket="$WORK/n$i.sock" -uroot -N -e \
      "SELECT 'n$i', VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME='wsrep_local_state_comment'" || true
  done
  ;;
esac
