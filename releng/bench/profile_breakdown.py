#!/usr/bin/python3
"""Breaks a collapsed async-profiler CPU profile (threads, DWARF native stacks) of DL4J training into
where the time goes: oneDNN kernels, oneDNN layout reorders, OpenMP runtime (spinning, waiting,
fork/join), libnd4j's own (non-oneDNN) ops, JNI and JavaCPP glue, Java, and the JVM's own threads.

  profile_breakdown.py PROFILE.collapsed [--top N]

Each sample is classified by its innermost recognisable native frame below the innermost Java
frame (frames without symbols, libc and kernel frames are skipped), so time a thread spends
waiting at an OpenMP barrier inside a reorder counts as OpenMP, not as reorder.
"""
import argparse
import collections
import re

JVM_THREADS = re.compile(r"^\[(C1 |C2 |GC |G1 |VM |Reference|Finalizer|Signal|Common-Cleaner|Service|Monitor|"
                         r"Notification|Attach|Sweeper|JavaCPP Deallocator|DeallocatorService|Async-profiler)")
LIBND4J = re.compile(r"^(sgemm|dgemm|cblas_|.*openblas|sd::|samediff::|functions::|simdOps::|shape::|NativeOpExecutioner|ShapeUtils|"
                     r"std::_Function_handler<.*\b(sd|samediff|functions|simdOps)::|execCustomOp|execBroadcast|"
                     r"execScalar|execTransform|execReduce|execPairwise|execIndexReduce|void sd::|float sd::)")
GOMP = re.compile(r"(libgomp|^GOMP_|^gomp_|^omp_)")
JNI = re.compile(r"^(Java_|JNIEnv|jni_|JavaCPP|JNIHandles|ThreadStateTransition|Pointer|.*javacpp)")
SKIP = re.compile(r"(^\[unknown\]$|_\[k\]$|^__|^_int_|^malloc|^free$|^sysmalloc|^cfree|^memcpy|^memset|libc\.so|"
                  r"^start_thread$|^clone3?$)")


def is_java(frame):
    return "/" in frame and not frame.startswith("/") and "::" not in frame and " " not in frame


def onednn_kind(segment):
    text = " ".join(f for f in segment if "dnnl" in f or "jit_" in f)
    if "reorder" in text:
        return "oneDNN layout reorders"
    for key, name in (("conv", "convolution"), ("wino", "convolution"), ("pool", "pooling"),
                      ("bnorm", "batch norm"), ("batch_normalization", "batch norm"), ("eltwise", "eltwise"),
                      ("gemm", "gemm")):
        if key in text:
            return "oneDNN kernels: " + name
    return "oneDNN kernels: other"


def classify(frames):
    thread, stack = frames[0], frames[1:]
    if JVM_THREADS.match(thread):
        return "JVM threads (JIT compiler, GC, deallocators)"
    java_at = max((i for i, f in enumerate(stack) if is_java(f)), default=-1)
    segment = list(reversed(stack[java_at + 1:]))  # innermost first
    for i, f in enumerate(segment):
        if SKIP.search(f):
            continue
        if "dnnl" in f or f.startswith("jit_") or "_jit_" in f:
            return onednn_kind(segment[i:])
        if GOMP.search(f):
            return "OpenMP runtime (spin, wait, fork/join)"
        if LIBND4J.search(f):
            return "libnd4j ops outside oneDNN"
        if JNI.search(f):
            return "JNI and JavaCPP glue"
        return "JNI and JavaCPP glue" if java_at >= 0 else "other native"
    if any(f == "[unknown]" for f in segment):
        return "unsymbolised native code (oneDNN's generated kernels)"
    if java_at >= 0 and segment:
        return "JNI and JavaCPP glue"  # only libc or kernel frames under a Java native method
    if java_at >= 0:
        return "Java (DL4J, ND4J)"
    return "other native"


def main():
    p = argparse.ArgumentParser()
    p.add_argument("profile")
    p.add_argument("--top", type=int, default=0, help="also list the N hottest innermost frames")
    a = p.parse_args()
    totals = collections.Counter()
    leaves = collections.Counter()
    threads = collections.Counter()
    for line in open(a.profile):
        stack, _, count = line.rstrip("\n").rpartition(" ")
        frames = stack.split(";")
        n = int(count)
        totals[classify(frames)] += n
        threads[re.sub(r" tid=\d+", "", frames[0])] += n
        leaves[frames[-1][:120]] += n
    all_samples = sum(totals.values())
    print("| where | samples | share |")
    print("|---|---:|---:|")
    for k, n in totals.most_common():
        print("| %s | %d | %.1f%% |" % (k, n, 100.0 * n / all_samples))
    print("| total | %d | 100%% |" % all_samples)
    print()
    print("threads: " + ", ".join("%s %.0f%%" % (t, 100.0 * n / all_samples) for t, n in threads.most_common(4)))
    if a.top:
        print()
        for k, n in leaves.most_common(a.top):
            print("%6d %5.1f%%  %s" % (n, 100.0 * n / all_samples, k))


if __name__ == "__main__":
    main()
