"""A real SMTP server for Sala's tests: accepts every message and writes it, as received, to
DIR/<n>.eml. Usage: python3 smtp_server.py PORT DIR

A recipient's local part picks how the server misbehaves, so a test chooses per message:
  reject…@   refused at RCPT TO with 550 (a permanent failure);
  busy…@     refused at RCPT TO with 451 (a transient failure) the first time, then accepted;
  stall…@    the message is read, then no reply ever comes (DIR/<n>.stalled marks it);
  lost…@     the message is kept, then no reply ever comes (the sender cannot know it arrived);
  slow<N>…@  accepted after N seconds.
DIR/<n>.receiving exists while a message is being answered."""

import asyncio
import itertools
import pathlib
import re
import sys

from aiosmtpd.controller import Controller

FOREVER = 3600


def local_part(address: str) -> str:
    return address.split("@", 1)[0].lower()


class Store:
    def __init__(self, folder: pathlib.Path):
        self.folder = folder
        self.counter = itertools.count(len(list(folder.glob("*.eml"))) + 1)
        self.turned_away = set()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if local_part(address).startswith("reject"):
            return "550 5.1.1 <%s>: mailbox unavailable" % address
        if local_part(address).startswith("busy") and address not in self.turned_away:
            self.turned_away.add(address)
            return "451 4.3.0 <%s>: try again later" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    def keep(self, envelope) -> None:
        path = self.folder / f"{next(self.counter):06d}.eml"
        tmp = path.with_suffix(".tmp")
        tmp.write_bytes(envelope.original_content or envelope.content)
        tmp.rename(path)

    async def handle_DATA(self, server, session, envelope):
        # DIR/<n>.receiving exists while a message is being answered.
        marker = self.folder / f"{next(self.counter):06d}.receiving"
        marker.touch()
        try:
            return await self.answer(envelope)
        finally:
            marker.unlink()

    async def answer(self, envelope):
        recipient = local_part(envelope.rcpt_tos[0])
        if recipient.startswith("stall"):
            (self.folder / f"{next(self.counter):06d}.stalled").write_text(recipient)
            await asyncio.sleep(FOREVER)
        if recipient.startswith("lost"):
            self.keep(envelope)
            await asyncio.sleep(FOREVER)
        slow = re.match(r"slow(\d+)", recipient)
        if slow:
            await asyncio.sleep(int(slow.group(1)))
        self.keep(envelope)
        return "250 Message accepted for delivery"


def main() -> None:
    port = int(sys.argv[1])
    folder = pathlib.Path(sys.argv[2])
    folder.mkdir(parents=True, exist_ok=True)
    controller = Controller(Store(folder), hostname="127.0.0.1", port=port)
    controller.start()
    print("ready", flush=True)
    try:
        asyncio.get_event_loop().run_forever()
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
