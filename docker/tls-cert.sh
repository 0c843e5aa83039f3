#!/bin/sh
# Run by the nginx image at each start (/docker-entrypoint.d/): a self-signed certificate for local
# use when docker/tls/ holds none. A browser warns about it once; a practice puts its own
# certificate there instead (fullchain.pem and privkey.pem, e.g. from Let's Encrypt).
set -eu
dir=/etc/nginx/tls
if [ ! -s "$dir/fullchain.pem" ] || [ ! -s "$dir/privkey.pem" ]; then
  mkdir -p "$dir"
  openssl req -x509 -newkey rsa:2048 -nodes -days 825 -subj "/CN=localhost" \
    -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
    -keyout "$dir/privkey.pem" -out "$dir/fullchain.pem" 2>/dev/null
  chmod 600 "$dir/privkey.pem"
  echo "tls-cert.sh: made a self-signed certificate for localhost in docker/tls/"
fi
