#!/usr/bin/env python3
"""The development sign-in of the web back-office, behind the local edge only (deploy/local/edge.sh).

POST /token {"user": "dev@bobine.local", "roles": ["accountant"]} -> {"accessToken": "<JWT>"}, minted by
deploy/local/token.sh with the development key, which so never reaches the browser. DEVELOPMENT ONLY: compose and
Kubernetes have no such route; there the application signs in with OpenID Connect (web/README.md).

    deploy/local/dev-token.py PORT     listens on 127.0.0.1:PORT
"""
import json
import os
import subprocess
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

TOKEN_SH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "token.sh")


class Handler(BaseHTTPRequestHandler):
    def do_POST(self):  # noqa: N802 (http.server's naming)
        if self.path.rstrip("/") != "/token":
            return self.answer(404, {"title": "Not Found", "status": 404})
        try:
            length = min(int(self.headers.get("Content-Length", "0")), 10_000)
            body = json.loads(self.rfile.read(length) or b"{}")
            user = str(body.get("user") or "dev@bobine.local")
            roles = [str(r) for r in body.get("roles") or []]
        except (ValueError, AttributeError):
            return self.answer(400, {"title": "Invalid request", "status": 400, "detail": "a JSON object is expected"})
        if not roles:
            return self.answer(400, {"title": "Invalid request", "status": 400, "detail": "choose at least one role"})
        # token.sh checks the user name and every role; its message is the detail of the 400.
        if any(r.startswith("-") for r in roles):
            return self.answer(400, {"title": "Invalid request", "status": 400, "detail": "a role is a name"})
        done = subprocess.run(["bash", TOKEN_SH, "--user", user, *roles], capture_output=True, text=True, timeout=20)
        if done.returncode != 0:
            return self.answer(400, {"title": "Invalid request", "status": 400, "detail": done.stderr.strip()})
        self.answer(200, {"accessToken": done.stdout.strip()})

    def answer(self, status, body):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json" if status == 200 else "application/problem+json")
        self.send_header("Cache-Control", "no-store")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


if __name__ == "__main__":
    ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Handler).serve_forever()
