#!/usr/bin/env python3
"""Where a product's CPU samples go in a window of a JFR recording (docs/benchmarks.md,
"Engine ratio, fourth session"). Not part of the build.

  jfr print --events jdk.ExecutionSample --stack-depth 300 /tmp/p.jfr > /tmp/p.txt
  bench/jfr-samples.py /tmp/p.txt [--thread REGEX] [--from HH:MM:SS] [--to HH:MM:SS] [--focus REGEX]

Times are as `jfr print` writes them (the recording JVM's time zone). --focus keeps only the
samples with a frame matching REGEX. Prints the samples per thread, the top self frames and
the frames of our own code (cn.budget) with their inclusive share.
"""
import argparse
import collections
import re

parser = argparse.ArgumentParser()
parser.add_argument('file')
parser.add_argument('--thread')
parser.add_argument('--from', dest='start')
parser.add_argument('--to', dest='end')
parser.add_argument('--focus')
parser.add_argument('--top', type=int, default=25)
args = parser.parse_args()
thread = re.compile(args.thread) if args.thread else None
focus = re.compile(args.focus) if args.focus else None

inclusive, own, threads = collections.Counter(), collections.Counter(), collections.Counter()
total = 0


def count(sample):
    global total
    time, name, frames = sample.get('time', ''), sample.get('thread', ''), sample['frames']
    if (args.start and time < args.start) or (args.end and time > args.end):
        return
    if (thread and not thread.search(name)) or (focus and not any(focus.search(f) for f in frames)):
        return
    total += 1
    threads[re.sub(r'\d+', 'N', name)] += 1
    if frames:
        own[frames[0]] += 1
    for frame in set(frames):
        inclusive[frame] += 1


sample = None
with open(args.file, encoding='utf-8', errors='replace') as lines:
    for line in lines:
        text = line.strip()
        if text.startswith('jdk.ExecutionSample'):
            if sample:
                count(sample)
            sample = {'frames': []}
        elif sample is None:
            continue
        elif text.startswith('startTime'):
            found = re.search(r'(\d\d:\d\d:\d\d)', text)
            sample['time'] = found.group(1) if found else ''
        elif text.startswith('sampledThread'):
            found = re.search(r'"(.*)"', text)
            sample['thread'] = found.group(1) if found else text
        elif '(' in text and not text.startswith('stackTrace'):
            sample['frames'].append(re.sub(r'\s+line:.*$', '', text))
if sample:
    count(sample)


def share(n):
    return f'{n:6d} {100 * n / max(total, 1):5.1f}%'


print('samples', total)
for name, n in threads.most_common(10):
    print(' thread', share(n), name)
print('--- self')
for frame, n in own.most_common(args.top):
    print(share(n), frame)
print('--- inclusive, cn.budget')
for frame, n in inclusive.most_common():
    if frame.startswith('cn.budget') and '$$SpringCGLIB$$' not in frame:
        print(share(n), frame)
