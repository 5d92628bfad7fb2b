"""The standing HJ 212 fuzz suite, codec part (issue 12): whatever bytes arrive, however they are split, the
codec raises nothing but its own `FrameError`, rejects every bad frame with its reason, keeps a bounded
buffer, and loses no valid frame that follows junk. (The live part: tests/api/test_hj212_fuzz.py.)"""

from __future__ import annotations

import datetime as dt
import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from domain import hj212
from domain.hj212 import FrameError, FrameParser

STREAM_REASONS = {"garbage", "oversize", "truncated", "bad_trailer", "bad_crc", "bad_segment"}
PACKET_REASONS = {"bad_split", "bad_value", "bad_time"}
MAX_PENDING = hj212.MAX_SEGMENT + 16  # one frame: header, length, segment, CRC, CRLF
NOW = dt.datetime(2026, 12, 1, tzinfo=dt.UTC)

_text = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789.-", min_size=1, max_size=10)
_code = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", min_size=1, max_size=8)
_number = st.floats(allow_nan=False, allow_infinity=False, width=32).map(lambda v: f"{v:.6g}")
_bad_number = st.sampled_from(["nan", "NaN", "-nan", "inf", "-inf", "Infinity", "1e999", "-1e400"])


@st.composite
def frames(draw: st.DrawFn, values: st.SearchStrategy[str] = _number) -> bytes:
    """A valid upload: random MN and PW, a DataTime, a few factors."""
    groups = [[("DataTime", "20261201083000")],
              *([(f"{code}-Rtd", value), (f"{code}-Flag", "N")]
                for code, value in draw(st.lists(st.tuples(_code, values), min_size=1, max_size=4)))]
    return hj212.data_frame(qn=draw(st.text(alphabet="0123456789", min_size=17, max_size=17)), st="39", cn="2011",
                            pw=draw(_text), mn=draw(st.text(alphabet="0123456789ABCDEF", min_size=1, max_size=24)),
                            flag=5, groups=groups)


def split(data: bytes, cuts: list[int]) -> list[bytes]:
    points = sorted({c % (len(data) + 1) for c in cuts} | {0, len(data)})
    return [data[a:b] for a, b in itertools.pairwise(points)]


def digest(chunks: list[bytes]) -> tuple[list[hj212.Packet], list[str], FrameParser]:
    """What the listener does with a stream short of the database: parse, then split info and measurements.
    Anything raised but a `FrameError` fails the test."""
    parser = FrameParser()
    packets: list[hj212.Packet] = []
    reasons: list[str] = []
    for chunk in chunks:
        result = parser.feed(chunk)
        reasons += [error.reason for error in result.errors]
        assert parser.pending <= MAX_PENDING
        for packet, frame in result.packets:
            assert hj212.decode_frame(frame) == packet
            try:
                packet.part  # noqa: B018  (checks PNUM/PNO)
                hj212.measurements(packet, fallback_time=NOW)
            except FrameError as exc:
                reasons.append(exc.reason)
                continue
            packets.append(packet)
    return packets, reasons, parser


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=3000), st.lists(st.integers(0, 3000), max_size=8))
def test_random_bytes_only_ever_raise_frame_errors(data: bytes, cuts: list[int]) -> None:
    _packets, reasons, _parser = digest(split(data, cuts))
    assert set(reasons) <= STREAM_REASONS | PACKET_REASONS


_junk = st.one_of(
    st.binary(max_size=40),
    st.integers(1, 40).map(lambda n: b"#" * n),
    st.lists(st.sampled_from([b"##", b"#", b"0", b"9", b"\r\n", b"x"]), max_size=12).map(b"".join),
    st.integers(0, 9999).map(lambda n: b"##%04d" % n),
)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(_junk, frames()), min_size=1, max_size=5), st.lists(st.integers(0, 5000), max_size=6))
def test_junk_before_valid_frames_costs_none_of_them(pairs: list[tuple[bytes, bytes]], cuts: list[int]) -> None:
    stream = b"".join(junk + frame for junk, frame in pairs)
    packets, reasons, parser = digest(split(stream, cuts))
    assert [p.fields for p in packets] == [hj212.decode_frame(frame).fields for _junk, frame in pairs]
    assert set(reasons) <= STREAM_REASONS
    assert parser.pending == 0


@settings(max_examples=100, deadline=None)
@given(frames(), frames(), st.data())
def test_a_truncated_frame_is_rejected_and_the_next_one_decoded(first: bytes, second: bytes, data: st.DataObject) -> None:
    cut = data.draw(st.integers(1, len(first) - 1))
    packets, reasons, _parser = digest([first[:cut] + second])
    assert [p.fields for p in packets] == [hj212.decode_frame(second).fields]
    assert reasons == ["truncated" if cut >= 6 else "garbage"]


@settings(max_examples=100, deadline=None)
@given(frames(), frames(), st.text(alphabet="0123456789ABCDEFGabcdefg!", min_size=4, max_size=4))
def test_a_wrong_crc_is_rejected_as_bad_crc(frame: bytes, after: bytes, crc: str) -> None:
    wrong = frame[:-6] + crc.encode() + b"\r\n"
    packets, reasons, _parser = digest([wrong + after])
    if crc.upper() == frame[-6:-2].decode().upper():
        assert len(packets) == 2  # the right CRC after all
        return
    assert [p.fields for p in packets] == [hj212.decode_frame(after).fields]
    assert reasons == ["bad_crc"]


@settings(max_examples=100, deadline=None)
@given(frames(), frames(), st.integers(0, 9999))
def test_a_wrong_length_field_is_rejected(frame: bytes, after: bytes, length: int) -> None:
    if length == int(frame[2:6]):
        length += 1
    wrong = b"##%04d" % length + frame[6:]
    packets, reasons, _parser = digest([wrong + after])
    assert [p.fields for p in packets] == [hj212.decode_frame(after).fields]
    assert reasons[0] in {"oversize", "truncated", "bad_trailer", "bad_crc"}
    assert set(reasons[1:]) <= {"garbage"}  # a length too short leaves the rest of the frame as junk


@settings(max_examples=100, deadline=None)
@given(frames(), frames(), st.data())
def test_interleaved_hashes_cost_only_the_frame_they_cut(frame: bytes, after: bytes, data: st.DataObject) -> None:
    position = data.draw(st.integers(0, len(frame)))
    cut = frame[:position] + b"##" + frame[position:]
    packets, reasons, _parser = digest([cut + after])
    decoded = [p.fields for p in packets]
    assert decoded[-1] == hj212.decode_frame(after).fields
    if position <= 2 or position == len(frame):  # "####0123...", or "##" after the frame: junk, the frame intact
        assert decoded == [hj212.decode_frame(frame).fields, hj212.decode_frame(after).fields]
    else:
        assert len(decoded) == 1 and reasons and set(reasons) <= STREAM_REASONS


_field_text = st.text(alphabet="0123456789-+ abcXYZ.", max_size=20)


@settings(max_examples=100, deadline=None)
@given(st.one_of(st.text(alphabet="0123456789", min_size=1, max_size=900), _field_text),
       st.one_of(st.text(alphabet="0123456789", min_size=1, max_size=30), _field_text))
def test_huge_or_malformed_pnum_is_a_bad_split(pnum: str, pno: str) -> None:
    segment = hj212.build_segment([("ST", "39"), ("CN", "2011"), ("PW", "1"), ("MN", "M1"), ("Flag", "7"),
                                   ("PNUM", pnum), ("PNO", pno)], [])
    try:
        frame = hj212.encode_frame(segment)
    except FrameError as exc:
        assert exc.reason == "oversize"
        return
    packet = hj212.decode_frame(frame)
    try:
        part = packet.part
    except FrameError as exc:
        assert exc.reason == "bad_split"
        return
    assert part is not None and 1 <= part[0] <= part[1]


@settings(max_examples=100, deadline=None)
@given(frames(values=_bad_number))
def test_nan_and_infinite_values_are_rejected(frame: bytes) -> None:
    packets, reasons, _parser = digest([frame])
    assert packets == [] and reasons == ["bad_value"]


@settings(max_examples=100, deadline=None)
@given(frames(values=st.text(min_size=1, max_size=30).filter(lambda t: not set(t) & set(",;=&")).map(
    lambda t: t.encode("ascii", "replace").decode())))
def test_any_value_text_is_a_finite_number_or_bad_value(frame: bytes) -> None:
    try:
        packet = hj212.decode_frame(frame)
    except FrameError as exc:  # e.g. '##' or '&&' in the text: the segment is malformed
        assert exc.reason in STREAM_REASONS
        return
    try:
        found = hj212.measurements(packet, fallback_time=NOW)
    except FrameError as exc:
        assert exc.reason == "bad_value"
        return
    assert all(m.value == m.value and abs(m.value) != float("inf") for m in found)
