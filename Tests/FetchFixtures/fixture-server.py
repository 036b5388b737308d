#!/usr/bin/python3
"""A small HTTP server for incident-map's download tests, on 127.0.0.1.

Serves the files of --root, with single byte ranges ("Range: bytes=N-" or
"bytes=N-M", answered 206 with Content-Range), and misbehaves on purpose
as the rules file says. The rules file (JSON, re-read on every request, so
a test can change them between two runs of the tool) maps a path such as
"/TH.zip" to an object:

  {"status": 404}          answer this status with a short text body
  {"truncate": 100}        announce the whole file, send its first 100 bytes, close
  {"ignore_ranges": true}  answer every request with the whole file (200)
  {"stall": 5}             send the headers, then nothing for 5 seconds
  {"redirect": "/x.zip"}   answer 302 to another path

With "times": N in the object, the rule applies to the first N requests
for the path only; later ones are served normally.

Every request is appended to the log file as one JSON line:
{"path": ..., "range": ... or null, "status": ...}. The chosen port is
printed on standard output, alone on the first line.
"""
import argparse
import json
import os
import signal
import socketserver
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format, *args):
        pass

    def rules(self):
        try:
            with open(self.server.rules_path) as file:
                rule = json.load(file).get(self.path, {})
        except (OSError, ValueError):
            return {}
        with self.server.lock:
            seen = self.server.counts.get(self.path, 0)
            self.server.counts[self.path] = seen + 1
        return rule if seen < rule.get("times", seen + 1) else {}

    def record(self, status):
        entry = {"path": self.path, "range": self.headers.get("Range"), "status": status}
        with open(self.server.log_path, "a") as log:
            log.write(json.dumps(entry) + "\n")

    def do_GET(self):
        rule = self.rules()
        if "status" in rule:
            return self.simple(rule["status"], b"no such file\n")
        if "redirect" in rule:
            self.record(302)
            self.send_response(302)
            self.send_header("Location", rule["redirect"])
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        path = os.path.join(self.server.root, self.path.lstrip("/"))
        if "/" in self.path.lstrip("/") or not os.path.isfile(path):
            return self.simple(404, b"no such file\n")
        with open(path, "rb") as file:
            body = file.read()
        self.send_body(body, rule)

    def simple(self, status, text):
        self.record(status)
        self.send_response(status)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(text)))
        self.end_headers()
        self.wfile.write(text)

    def send_body(self, body, rule):
        start, status = self.range_start(body, rule)
        if status == 416:
            self.record(416)
            self.send_response(416)
            self.send_header("Content-Range", "bytes */%d" % len(body))
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        part = body[start:]
        self.record(status)
        self.send_response(status)
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Content-Length", str(len(part)))
        if status == 206:
            self.send_header("Content-Range", "bytes %d-%d/%d" % (start, len(body) - 1, len(body)))
        self.send_header("Accept-Ranges", "none" if rule.get("ignore_ranges") else "bytes")
        self.end_headers()
        if "stall" in rule:
            self.wfile.flush()
            time.sleep(rule["stall"])
        if "truncate" in rule:
            self.wfile.write(part[: rule["truncate"]])
            self.wfile.flush()
            self.close_connection = True
            return
        self.wfile.write(part)

    def range_start(self, body, rule):
        """Where the answer starts, and its status (200, 206 or 416)."""
        header = self.headers.get("Range")
        if header is None or rule.get("ignore_ranges") or not header.startswith("bytes="):
            return 0, 200
        first = header[len("bytes="):].split("-")[0]
        if not first.isdigit():
            return 0, 200
        start = int(first)
        if start >= len(body):
            return 0, 416
        return start, 206


def main():
    # The test runner starts this with signals blocked; let SIGTERM end it.
    signal.pthread_sigmask(signal.SIG_SETMASK, [])
    parser = argparse.ArgumentParser()
    parser.add_argument("--root", required=True)
    parser.add_argument("--rules", required=True)
    parser.add_argument("--log", required=True)
    arguments = parser.parse_args()
    socketserver.TCPServer.allow_reuse_address = True
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    server.root = arguments.root
    server.rules_path = arguments.rules
    server.log_path = arguments.log
    server.counts = {}
    server.lock = threading.Lock()
    print(server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    sys.exit(main())
