"""HJ 212-2017 (and the older 2005 form) frame codec: pure functions, no I/O.

A frame is ``##`` + 4-digit decimal length of the data segment + data segment + 4 hex CRC + CRLF.
The CRC is HJ 212's own (see `crc16`), not CRC-16/MODBUS. `FrameParser` turns an arbitrary byte
stream (split reads, line noise, truncated frames) into packets and rejections, resyncing on the next
``##`` after anything bad, so one broken frame never costs the frames after it.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import NamedTuple

MAX_SEGMENT = 1024
MAX_REJECTIONS_PER_FEED = 100  # then the rest of the data fed is one rejection (see FrameParser)
HEADER = b"##"
_TRAILER = b"\r\n"
_OVERHEAD = len(HEADER) + 4 + 4 + len(_TRAILER)  # header, length, CRC, CRLF
_CRC_FIELD = re.compile(rb"[0-9A-Fa-f]{4}")
_FRAME_START = re.compile(rb"##[0-9]{4}")  # where a frame may begin: the header and a decimal length
_START_TAIL = re.compile(rb"#(?:#[0-9]{0,3})?\Z")  # the end of a read that may be the beginning of one
CHINA_TZ = dt.timezone(dt.timedelta(hours=8), "CST")  # DataTime and QN are Beijing time

FLAG_ACK = 1  # bit A: the sender asks for a data acknowledgement (CN 9014)
FLAG_SPLIT = 2  # bit D: the packet is one of PNUM parts
FLAG_V2017 = 4  # version bits: 2017 edition

CN_REALTIME, CN_MINUTE, CN_HOURLY, CN_DAILY = "2011", "2051", "2061", "2031"
CN_STATUS_2005, CN_HEARTBEAT_2005 = "2021", "8013"
CN_DATA_ACK = "9014"
ST_SYSTEM = "91"
DATA_COMMANDS = frozenset({CN_REALTIME, CN_MINUTE, CN_HOURLY, CN_DAILY, CN_STATUS_2005})
# Which suffix carries the value of a factor, best first, for each kind of upload.
_VALUE_SUFFIXES = {
    CN_REALTIME: ("Rtd", "ZsRtd"),
    CN_MINUTE: ("Avg", "ZsAvg", "Rtd", "Cou"),
    CN_HOURLY: ("Avg", "ZsAvg", "Cou"),
    CN_DAILY: ("Avg", "ZsAvg", "Cou"),
    CN_STATUS_2005: ("RS", "Rtd"),
}


def _crc_table() -> tuple[int, ...]:
    table = []
    for byte in range(256):
        crc = byte
        for _ in range(8):
            crc = (crc >> 1) ^ 0xA001 if crc & 1 else crc >> 1
        table.append(crc)
    return tuple(table)


_TABLE = _crc_table()


def _crc_powers() -> tuple[tuple[bytes, ...], bytes]:
    """`steps[e][b]`: M^(e+1)(b) for e = 0..7, where M(v) = _TABLE[v] >> 8 is one step of the high byte;
    `starts[m]`: M^m(0xFF). M^8 is the identity (checked here), so these cover every power. Returned as
    four 64 KiB tables, each adding two bytes of a word at once."""
    high = [crc >> 8 for crc in _TABLE]
    steps = []
    column = list(range(256))
    for _ in range(8):
        column = [high[v] for v in column]
        steps.append(bytes(column))
    if column != list(range(256)):
        raise AssertionError("HJ 212 CRC: M^8 is not the identity")
    starts = [0xFF]
    for _ in range(7):
        starts.append(high[starts[-1]])
    # The data is read as one little-endian integer below: a word's low byte is the one farthest from the
    # end of the data. Pairs of steps are merged into tables of 16-bit halves of the folded word.
    # (Built with C-level translations: a Python loop over the 4 x 65,536 entries would slow every import.)
    xor = [bytes(range(256))]  # xor[c]: the translation b -> b ^ c
    for bit in (1, 2, 4, 8, 16, 32, 64, 128):
        flip = bytes(b ^ bit for b in range(256))
        xor += [table.translate(flip) for table in xor]
    little = steps[::-1]
    pairs = tuple(b"".join([low.translate(xor[h]) for h in high])  # entry (h << 8) | l: low[l] ^ high[h]
                  for low, high in zip(little[0::2], little[1::2], strict=True))
    return pairs, bytes(starts)


_PAIRS, _STARTS = _crc_powers()


def crc16(data: bytes) -> int:
    """HJ 212 CRC: start 0xFFFF, per byte ``crc = (crc >> 8) ^ byte`` then 8 reflected 0xA001 steps.

    Because the byte is XORed into the *shifted* register (Modbus XORs it into the low byte first) the
    check value differs: b"123456789" gives 0x2F80 here and 0x4B37 under Modbus.

    Computed without a Python loop over the bytes (a listener checks and makes tens of thousands of CRCs
    a second). After the first step the register holds only ``_TABLE[x]`` for the byte
    ``x = (crc >> 8) ^ byte``, so the high byte h evolves as ``h' = M(h ^ byte)`` with the linear map
    ``M(v) = _TABLE[v] >> 8``; the last step gives the full 16 bits: ``crc = _TABLE[h ^ last byte]``.
    Unrolled over the bytes before the last, h = M^n(0xFF) XOR, for each byte at distance d from their end,
    M^(d+1)(byte). M^8 is the identity, so bytes 8 apart contribute alike: XOR the data's 8-byte words
    together (big-integer operations, C-level), then add the 8 bytes of the result through the tables of
    M^1..M^8.
    """
    body = len(data) - 1
    if body < 0:
        return 0xFFFF
    pad = -body % 8
    # The bytes before the last as one integer (aligned to whole words), XOR-folded in halves to one word.
    word = int.from_bytes(data[:body], "little") << (pad << 3)
    words = (body + pad) >> 3
    while words > 1:
        shift = (words >> 1) << 6
        word = (word >> shift) ^ (word & ((1 << shift) - 1))
        words -= words >> 1
    p0, p1, p2, p3 = _PAIRS
    return _TABLE[_STARTS[body & 7] ^ p0[word & 0xFFFF] ^ p1[word >> 16 & 0xFFFF] ^ p2[word >> 32 & 0xFFFF]
                  ^ p3[word >> 48] ^ data[body]]


class FrameError(ValueError):
    """A frame or segment that must be rejected; `reason` is a stable short code for logs and metrics."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class Packet:
    """One decoded data segment. `cp` maps each group's keys (``a34002-Rtd``) to raw string values;
    `groups` keeps the order and grouping of the CP field (``;`` separated, ``,`` inside a group)."""

    fields: Mapping[str, str]
    groups: tuple[tuple[tuple[str, str], ...], ...] = ()

    @property
    def qn(self) -> str | None:
        return self.fields.get("QN")

    @property
    def st(self) -> str:
        return self.fields.get("ST", "")

    @property
    def cn(self) -> str:
        return self.fields.get("CN", "")

    @property
    def pw(self) -> str:
        return self.fields.get("PW", "")

    @property
    def mn(self) -> str:
        return self.fields.get("MN", "")

    @property
    def flag(self) -> int | None:
        value = self.fields.get("Flag")
        return int(value) if value is not None and value.isdigit() else None

    @property
    def is_2005(self) -> bool:
        """The 2005 edition has no QN and no version bits in Flag."""
        flag = self.flag
        return "QN" not in self.fields or flag is None or not flag & FLAG_V2017

    @property
    def wants_ack(self) -> bool:
        flag = self.flag
        return flag is not None and bool(flag & FLAG_ACK)

    @property
    def part(self) -> tuple[int, int] | None:
        """(PNO, PNUM) of a split packet, or None for a whole one."""
        if "PNUM" not in self.fields:
            return None
        try:
            pnum, pno = int(self.fields["PNUM"]), int(self.fields.get("PNO", ""))
        except ValueError as exc:
            raise FrameError("bad_split", "PNUM/PNO are not numbers") from exc
        if not 1 <= pno <= pnum:
            raise FrameError("bad_split", f"PNO {pno} outside 1..{pnum}")
        return pno, pnum


class Measurement(NamedTuple):
    """One factor value of a data upload: `code` as sent (``a34002``), `kind` the suffix used.
    (A named tuple: a busy listener builds tens of thousands a second.)"""

    code: str
    value: float
    at: dt.datetime
    kind: str
    flag: str | None = None


@dataclass
class ParseResult:
    packets: list[tuple[Packet, bytes]] = field(default_factory=list)  # packet and its raw frame
    errors: list[FrameError] = field(default_factory=list)


# --- segments ----------------------------------------------------------------------------------------


def parse_segment(segment: str) -> Packet:
    """Split ``QN=..;ST=..;...;CP=&&...&&`` into header fields and CP groups."""
    head, sep, rest = segment.partition("CP=&&")
    if not sep:
        raise FrameError("bad_segment", "no CP=&&...&& field")
    if not rest.endswith("&&"):
        raise FrameError("bad_segment", "CP field is not closed with &&")
    cp = rest[:-2]
    fields: dict[str, str] = {}
    for item in head.split(";"):
        if not item:
            continue
        key, eq, value = item.partition("=")
        if not eq or not key:
            raise FrameError("bad_segment", f"header item {item[:40]!r} is not key=value")
        fields[key] = value
    for required in ("ST", "CN", "MN"):
        if required not in fields:
            raise FrameError("bad_segment", f"missing {required}")
    groups = []
    for group in cp.split(";"):
        if not group:
            continue
        pairs = []
        for pair in group.split(","):
            key, eq, value = pair.partition("=")
            if not eq or not key:
                raise FrameError("bad_segment", f"CP item {pair[:40]!r} is not key=value")
            pairs.append((key, value))
        groups.append(tuple(pairs))
    return Packet(fields=fields, groups=tuple(groups))


def build_segment(fields: Iterable[tuple[str, str]], groups: Iterable[Iterable[tuple[str, str]]]) -> str:
    """The inverse of `parse_segment`: header fields in the given order, then the CP groups."""
    head = "".join(f"{k}={v};" for k, v in fields)
    cp = ";".join(",".join(f"{k}={v}" for k, v in group) for group in groups)
    return f"{head}CP=&&{cp}&&"


# --- frames --------------------------------------------------------------------------------------------


def encode_frame(segment: str) -> bytes:
    data = segment.encode("ascii")
    if len(data) > MAX_SEGMENT:
        raise FrameError("oversize", f"data segment of {len(data)} bytes exceeds {MAX_SEGMENT}")
    return b"%s%04d%s%04X\r\n" % (HEADER, len(data), data, crc16(data))


def decode_frame(frame: bytes) -> Packet:
    """Check one complete frame (header, length, CRC, trailer) and parse its data segment."""
    if not frame.startswith(HEADER):
        raise FrameError("bad_header", "frame does not start with ##")
    length_text = frame[2:6]
    if not length_text.isdigit():
        raise FrameError("bad_length", f"length field {length_text!r} is not 4 decimal digits")
    length = int(length_text)
    if length > MAX_SEGMENT:
        raise FrameError("oversize", f"declared length {length} exceeds {MAX_SEGMENT}")
    if len(frame) != length + _OVERHEAD:
        raise FrameError("bad_length", f"declared length {length} does not match a {len(frame)}-byte frame")
    return _decode_body(frame, length)


def _decode_body(frame: bytes, length: int) -> Packet:
    """The checks after header and length (the stream parser has made those already)."""
    if not frame.endswith(_TRAILER):
        raise FrameError("bad_trailer", "frame does not end with CRLF")
    data = frame[6:6 + length]
    crc_text = frame[6 + length:10 + length]
    crc = crc16(data)
    if crc_text.upper() != b"%04X" % crc:  # equal exactly when the field is 4 hex digits (any case) of crc
        if not _CRC_FIELD.fullmatch(crc_text):
            raise FrameError("bad_crc", f"CRC field {crc_text!r} is not 4 hexadecimal digits")
        raise FrameError("bad_crc", f"CRC {crc_text.decode('ascii', 'replace')} != {crc:04X}")
    try:
        segment = data.decode("ascii")
    except UnicodeDecodeError as exc:
        raise FrameError("bad_segment", "data segment is not ASCII") from exc
    return parse_segment(segment)


class FrameParser:
    """Incremental splitter for one TCP stream: `feed` bytes, get every complete packet and rejection.

    Anything that is not a valid frame is rejected and skipped to the next ``##`` and length field; a buffer
    that grows past one maximum frame without yielding one is garbage and is dropped the same way. Garbage
    costs one rejection per run, found at C speed (a run of ``#`` is one rejection, not one per ``##``),
    and after `MAX_REJECTIONS_PER_FEED` rejections the rest of the data fed is one more: however it is
    made, junk costs a bounded amount of work per read. (A valid frame in that rest is lost with it; it was
    not acknowledged, so its device sends it again.)
    """

    def __init__(self) -> None:
        self._buffer = b""  # the unparsed tail of the stream

    @property
    def pending(self) -> int:
        return len(self._buffer)

    def feed(self, data: bytes) -> ParseResult:
        result = ParseResult()
        errors, packets = result.errors, result.packets
        # One immutable buffer walked with an offset (the usual read holds whole frames: no copy at all, and
        # a frame spanning the whole read is the read itself); only the unparsed tail is kept.
        buffer = self._buffer + data if self._buffer else bytes(data)
        size = len(buffer)
        pos = 0
        while True:
            match = _FRAME_START.search(buffer, pos) if len(errors) < MAX_REJECTIONS_PER_FEED else None
            if match is None:
                tail = _START_TAIL.search(buffer, max(pos, size - 5))  # may begin the next frame: kept
                keep = size - tail.start() if tail else 0
                if size - pos > keep:
                    errors.append(FrameError("garbage", f"{size - pos - keep} bytes skipped" + (
                        "" if len(errors) < MAX_REJECTIONS_PER_FEED else f" after {len(errors)} rejections")))
                    pos = size - keep
                break
            start = match.start()
            if start > pos:
                errors.append(FrameError("garbage", f"{start - pos} bytes before ## and length"))
                pos = start
            length = int(buffer[pos + 2:pos + 6])
            if length > MAX_SEGMENT:
                errors.append(FrameError("oversize", f"declared length {length} exceeds {MAX_SEGMENT}"))
                pos += 2
                continue
            end = pos + length + _OVERHEAD
            inner = buffer.find(HEADER, pos + 2, end + 1)  # (a "##" over the frame's last byte too)
            if inner >= 0:  # data segments never hold "##": the frame was cut short and another began
                errors.append(FrameError("truncated", f"frame cut short after {inner - pos} bytes"))
                pos = inner
                continue
            if size < end:
                break
            frame = buffer[pos:end]
            try:
                packet = _decode_body(frame, length)
            except FrameError as exc:
                errors.append(exc)
                pos = end  # no frame begins inside this one (no "##" in it): one rejection, not two
                continue
            pos = end
            packets.append((packet, frame))
        self._buffer = buffer[pos:]
        return result


# --- data ------------------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=4096)  # the devices of a site report the same DataTime, each frame twice
def parse_time(text: str) -> dt.datetime:
    """DataTime/QN: ``YYYYMMDDhhmmss`` with optional milliseconds (2005 devices send 17 digits), Beijing time."""
    if not text.isdigit() or len(text) not in (14, 17):
        raise FrameError("bad_time", f"time {text!r} is not YYYYMMDDhhmmss[zzz]")
    try:  # by hand: strptime costs more than the rest of a frame's decoding
        moment = dt.datetime(int(text[:4]), int(text[4:6]), int(text[6:8]), int(text[8:10]), int(text[10:12]),
                             int(text[12:14]), tzinfo=CHINA_TZ)
    except ValueError as exc:
        raise FrameError("bad_time", f"time {text!r} is not a calendar time") from exc
    if len(text) == 17:
        moment += dt.timedelta(milliseconds=int(text[14:]))
    return moment.astimezone(dt.UTC)


def format_time(moment: dt.datetime, *, millis: bool = False) -> str:
    local = moment.astimezone(CHINA_TZ)
    text = local.strftime("%Y%m%d%H%M%S")
    return text + f"{local.microsecond // 1000:03d}" if millis else text


def measurements(packet: Packet, *, fallback_time: dt.datetime) -> list[Measurement]:
    """The factor values of a data upload. Each CP group may carry its own DataTime; without one the
    packet's, and without any the receive time (`fallback_time`). Flags travel with their value."""
    suffixes = _VALUE_SUFFIXES.get(packet.cn)
    if suffixes is None:
        return []
    found: list[Measurement] = []
    packet_time = fallback_time
    parsed = []  # per group: its own DataTime (or None) and {code: {suffix: value}}
    for group in packet.groups:
        at = None
        values: dict[str, dict[str, str]] = {}
        for key, value in group:
            if key == "DataTime":
                at = packet_time = parse_time(value)  # the packet's time is its last DataTime
                continue
            code, _, suffix = key.rpartition("-")
            if not code:
                continue  # status words such as SB1-RS without a value are not factors
            by_suffix = values.get(code)
            if by_suffix is None:
                values[code] = {suffix: value}
            else:
                by_suffix[suffix] = value
        if values:
            parsed.append((at, values))
    for at, values in parsed:
        if at is None:
            at = packet_time
        for code, by_suffix in values.items():
            for suffix in suffixes:
                raw = by_suffix.get(suffix)
                if not raw:
                    continue
                try:
                    number = float(raw)
                except ValueError as exc:
                    raise FrameError("bad_value", f"{code}-{suffix}={raw[:20]!r} is not a number") from exc
                if not math.isfinite(number):
                    raise FrameError("bad_value", f"{code}-{suffix} is not finite")
                found.append(Measurement(code, number, at, suffix, by_suffix.get("Flag")))
                break
    return found


def merge_parts(parts: Iterable[Packet]) -> Packet:
    """Join the PNUM parts of a split packet (ordered by PNO) into one packet with all CP groups."""
    ordered = sorted(parts, key=lambda p: (p.part or (1, 1))[0])
    fields = dict(ordered[0].fields)
    fields.pop("PNUM", None)
    fields.pop("PNO", None)
    return Packet(fields=fields, groups=tuple(g for p in ordered for g in p.groups))


def ack_frame(packet: Packet) -> bytes:
    """The CN 9014 data acknowledgement for `packet` (same QN, MN and PW; Flag 4: 2017, no ack wanted).
    Formatted directly: what `build_segment` would make of these fields, on the listener's hot path."""
    fields = packet.fields
    return encode_frame(f"QN={fields.get('QN', '')};ST={ST_SYSTEM};CN={CN_DATA_ACK};PW={fields.get('PW', '')};"
                        f"MN={fields.get('MN', '')};Flag={FLAG_V2017};CP=&&&&")


def data_frame(*, qn: str | None, st: str, cn: str, pw: str, mn: str, flag: int | None,
               groups: Iterable[Iterable[tuple[str, str]]], part: tuple[int, int] | None = None) -> bytes:
    """Build a device-side upload (used by the simulator, tests and benchmarks)."""
    fields = [("QN", qn)] if qn is not None else []
    fields += [("ST", st), ("CN", cn), ("PW", pw), ("MN", mn)]
    if flag is not None:
        fields.append(("Flag", str(flag)))
    if part is not None:
        fields += [("PNUM", str(part[1])), ("PNO", str(part[0]))]
    return encode_frame(build_segment([(k, v) for k, v in fields if v is not None], groups))
