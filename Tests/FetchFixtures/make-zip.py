#!/usr/bin/python3
"""Writes a zip file for incident-map's tests, so that the reader is
checked against another implementation.

Usage: make-zip.py OUT.zip [--stored] [--zip64] NAME=FILE...

Each NAME=FILE adds FILE's bytes as the entry NAME, deflated unless
--stored. Without --zip64 the file is written by Python's zipfile. With
--zip64 it is written here by hand, as an archiver does for files over
4 GiB: every size and offset of the central directory is 0xFFFFFFFF and
given in a zip64 extra field, and a zip64 end record and its locator
precede the end record, whose counts are 0xFFFF (Python's zipfile only
does so for sizes that need it); zipfile then reads the result back, as a
check.
"""
import struct
import sys
import zipfile
import warnings
import zlib


def zip64_archive(entries, stored):
    body, directory = b"", b""
    for name, data in entries:
        raw = name.encode()
        packed = data if stored else zlib.compress(data, 9, -15)
        method = 0 if stored else 8
        crc = zlib.crc32(data)
        local_extra = struct.pack("<HHQQ", 1, 16, len(data), len(packed))
        offset = len(body)
        body += struct.pack("<IHHHHHIIIHH", 0x04034B50, 45, 0, method, 0, 0x5AF8, crc,
                            0xFFFFFFFF, 0xFFFFFFFF, len(raw), len(local_extra)) + raw + local_extra + packed
        extra = struct.pack("<HHQQQ", 1, 24, len(data), len(packed), offset)
        directory += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 45, 45, 0, method, 0, 0x5AF8, crc,
                                 0xFFFFFFFF, 0xFFFFFFFF, len(raw), len(extra), 0, 0, 0, 0, 0xFFFFFFFF) + raw + extra
    start = len(body)
    end64 = len(body) + len(directory)
    record = struct.pack("<IQHHIIQQQQ", 0x06064B50, 44, 45, 45, 0, 0, len(entries), len(entries), len(directory), start)
    locator = struct.pack("<IIQI", 0x07064B50, 0, end64, 1)
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0)
    return body + directory + record + locator + end


def main(arguments):
    warnings.simplefilter("ignore")  # a duplicate name is made on purpose
    out, rest = arguments[0], arguments[1:]
    stored = "--stored" in rest
    entries = []
    for item in rest:
        if item.startswith("--"):
            continue
        name, path = item.split("=", 1)
        with open(path, "rb") as source:
            entries.append((name, source.read()))
    if "--zip64" in rest:
        with open(out, "wb") as file:
            file.write(zip64_archive(entries, stored))
        with zipfile.ZipFile(out) as archive:
            assert [archive.read(name) for name, _ in entries] == [data for _, data in entries]
        return 0
    method = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(out, "w", compression=method) as archive:
        for name, data in entries:
            archive.writestr(zipfile.ZipInfo(name, date_time=(2025, 7, 24, 0, 0, 0)), data, compress_type=method)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
