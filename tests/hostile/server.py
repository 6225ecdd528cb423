#!/usr/bin/env python3
"""A hostile HTTP server for the suites: on loopback, it answers with what a broken or malicious
server might send, so that each front end can show the outcome it gives.

Run `python3 server.py`: it listens on a free loopback port, prints the port on one line, and
serves until it is killed (the tests stop it by its pid). The first segment of the request path
picks the behaviour; point a client's base URL at http://127.0.0.1:PORT/<behaviour>/v3:

  oversized-header         200 with a 1 MiB header line
  garbage-status           a status line that is not HTTP, then the connection closes
  http09                   a bare JSON body with no status line (an HTTP/0.9 reply)
  reset                    reads the request, then resets the connection
  echo-secrets             401 whose error_message repeats the whole request (line, headers, body)
  echo-secrets-S           the same with status S (e.g. 400, whose messages clients quote)
  echo-credentials         400 whose error_message repeats the request's Authorization header,
                           query string and form body (what carries credentials), and no more
  malformed-unknown-field  200, a contact whose unknown field holds malformed JSON
  contacts-page-N-P        200, a contacts page of N contacts, each with an unknown field of P bytes
  contacts-chunked-N-P     the same page sent chunked (no Content-Length), in chunks of 1 to 9 KB
  contacts-overlong-N-P    the same page followed by bytes that its Content-Length leaves out
  contacts-shuffled        200, a contacts page whose members come in another order than the API
                           sends them, with unknown and escaped keys, escapes and non-ASCII text
"""

import socket
import socketserver
import struct
import sys

CONTACT_ID = "cccccccc-cccc-4ccc-8ccc-0000000000b0"


def reply(status, body, headers=()):
    head = [f"HTTP/1.1 {status}", "Content-Type: application/json", f"Content-Length: {len(body)}", *headers]
    return ("\r\n".join(head) + "\r\n\r\n").encode() + body


def contact(pad):
    extra = f',"padding":"{"x" * pad}"' if pad else ""
    return (
        f'{{"contact_id":"{CONTACT_ID}","email_address":{{"address":"hostile@example.com"}},'
        f'"first_name":"Hostile"{extra}}}'
    )


def contacts_page(count, pad):
    one = contact(pad).encode()
    return b'{"contacts":[' + b",".join([one] * count) + b'],"contacts_count":' + str(count).encode() + b"}"


# Members out of the described order (a reader that expects the order must still find each),
# an escaped key, an unknown member between known ones, a null, escapes and UTF-8 text.
SHUFFLED_PAGE = (
    '{"contacts":[{"updated_at":"2026-01-02T03:04:05Z","job\\u005ftitle":"Chef \\u00e0 Paris",'
    '"email_address":{"confirm_status":"off","address":"zo\\u00eb@example.com"},'
    '"unknown":{"a":[1,{"b":null}],"c":"\\ud83d\\ude00"},"last_name":"O\\"Brien\\\\\\n",'
    f'"contact_id":"{CONTACT_ID}","company_name":null,"first_name":"Zoë 東京"}},'
    '{"first_name":"Ana","contact_id":"cccccccc-cccc-4ccc-8ccc-0000000000b1"}],"contacts_count":2}'
).encode()


def chunked(status, body):
    """`body` in chunks of varied sizes, so that a reader growing its buffer meets every step."""
    head = f"HTTP/1.1 {status}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n".encode()
    parts, start, size = [], 0, 1000
    while start < len(body):
        piece = body[start : start + size]
        parts.append(f"{len(piece):x}\r\n".encode() + piece + b"\r\n")
        start += len(piece)
        size = size % 9000 + 1000
    return head + b"".join(parts) + b"0\r\n\r\n"


def echo_credentials(request):
    head, _, body = request.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    target = lines[0].split(" ")[1] if lines[0].count(" ") >= 2 else ""
    auth = next((line.split(":", 1)[1].strip() for line in lines[1:] if line.lower().startswith("authorization:")), "")
    said = f"Authorization {auth}; query {target.partition('?')[2]}; body {body.decode('latin-1')}"
    text = said.replace("\\", "\\\\").replace('"', '\\"')
    return reply("400 Bad Request", f'[{{"error_key":"echoed","error_message":"Rejected: {text}"}}]'.encode())


def echo_secrets(request, status):
    text = request.decode("latin-1").replace("\\", "\\\\").replace('"', '\\"').replace("\r\n", " | ")
    body = f'[{{"error_key":"unauthorized","error_message":"Rejected: {text}"}}]'.encode()
    return reply(status, body)


class Handler(socketserver.BaseRequestHandler):
    def handle(self):
        request = self.read_request()
        if request is None:
            return
        path = request.split(b" ", 2)[1].decode("latin-1") if request.count(b" ") >= 2 else "/"
        behaviour = path.lstrip("/").split("/", 1)[0]
        if behaviour == "reset":
            self.request.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.request.close()  # now: socketserver would first shut it down, sending a FIN
            return
        if behaviour == "oversized-header":
            answer = reply("200 OK", b"{}", [f"X-Oversized: {'a' * (1 << 20)}"])
        elif behaviour == "garbage-status":
            answer = b"SPAM SPAM SPAM\r\n\r\n"
        elif behaviour == "http09":
            answer = contact(0).encode()
        elif behaviour == "echo-secrets":
            answer = echo_secrets(request, "401 Unauthorized")
        elif behaviour == "echo-credentials":
            answer = echo_credentials(request)
        elif behaviour.startswith("echo-secrets-"):
            answer = echo_secrets(request, behaviour.split("-")[2] + " Echoed")
        elif behaviour == "malformed-unknown-field":
            answer = reply("200 OK", contact(0)[:-1].encode() + b',"unknown":{"a":[1,2,,3]}}')
        elif behaviour == "contacts-shuffled":
            answer = reply("200 OK", SHUFFLED_PAGE)
        elif behaviour.startswith("contacts-"):
            shape, count, pad = behaviour.split("-")[1:4]
            page = contacts_page(int(count), int(pad))
            if shape == "chunked":
                answer = chunked("200 OK", page)
            elif shape == "overlong":
                answer = reply("200 OK", page) + b',"contacts":[]}'
            else:
                answer = reply("200 OK", page)
        else:
            answer = reply("404 Not Found", b'[{"error_key":"not_found","error_message":"No such behaviour."}]')
        try:
            self.request.sendall(answer)
            self.request.shutdown(socket.SHUT_WR)
        except OSError:
            pass  # the client gave up first (a size cap or a timeout): nothing to tell

    def read_request(self):
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = self.request.recv(65536)
            if not chunk:
                return None
            data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        length = 0
        for line in head.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value.strip())
        while len(body) < length:
            chunk = self.request.recv(65536)
            if not chunk:
                break
            body += chunk
        return head + b"\r\n\r\n" + body


class Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


def main():
    with Server(("127.0.0.1", 0), Handler) as server:
        print(server.server_address[1], flush=True)
        server.serve_forever()


if __name__ == "__main__":
    sys.exit(main())
