#!/usr/bin/env python3
# Writes the routine player's cue sounds (short sine tones) as WAV files:
#   tick.wav    the 3-2-1 countdown before a phase ends
#   change.wav  a new step or side begins (rising two-tone)
#   done.wav    the routine is finished (three rising notes)
# Usage: make-routine-sounds.py [OUT_DIR]   (default: src/sounds)
# The output is the same on every run, so the files can be kept in git and
# regenerated at will. Mono, 16 bit, 22050 Hz: a few kilobytes each.
import math
import pathlib
import struct
import sys
import wave

RATE = 22050
VOLUME = 0.55


def tone(freq, seconds, fade=0.012):
    """A sine tone with short fades, so it starts and stops without a click."""
    n = int(RATE * seconds)
    fade_n = max(1, int(RATE * fade))
    samples = []
    for i in range(n):
        envelope = min(1.0, i / fade_n, (n - 1 - i) / fade_n)
        # A little of the octave above makes the beep carry across a room.
        value = math.sin(2 * math.pi * freq * i / RATE)
        value += 0.25 * math.sin(4 * math.pi * freq * i / RATE)
        samples.append(VOLUME * envelope * value / 1.25)
    return samples


def silence(seconds):
    return [0.0] * int(RATE * seconds)


def write(path, samples):
    frames = b"".join(struct.pack("<h", int(round(max(-1.0, min(1.0, s)) * 32767)))
                      for s in samples)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(frames)


def main():
    out_dir = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "src/sounds")
    out_dir.mkdir(parents=True, exist_ok=True)

    sounds = {
        "tick.wav": tone(880, 0.12),
        "change.wav": tone(660, 0.14) + silence(0.03) + tone(990, 0.22),
        "done.wav": (tone(523.25, 0.16) + silence(0.03) + tone(659.25, 0.16) +
                     silence(0.03) + tone(783.99, 0.38)),
    }
    for name, samples in sounds.items():
        write(out_dir / name, samples)
        print(out_dir / name)


if __name__ == "__main__":
    main()
