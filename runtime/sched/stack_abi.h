// runtime/sched/stack_abi.h: the stack constants runtime C++ and switch_x86_64.S share
// (macros only, so that the assembler can include it). Internal to runtime/sched/.
//
// CSP_GUARD_RESERVE: the bytes of every segment below the limit the stack check compares
// with. Below it run: up to 256 bytes of a small csp frame (LLVM's split-stack prologue
// compares only the stack pointer for frames under 256 bytes), the "shallow" runtime calls
// JIT'd code makes directly (jit/optimize.cpp lists them: channel operations, semaphores,
// Gosched, atomics), and __morestack's and csp_deep_call's slow paths.
// CSP_DEEP_RESERVE: every other runtime call from JIT'd code goes through csp_deep_call,
// which gives the callee at least this much stack below its entry above the limit, on a
// newer segment when the current one is short (C++ that may collect garbage, format, or
// unwind a panic).
//
// Sanitizer builds keep the old scheme (all of C++ below a 32 KiB guard, first segments of
// 64 KiB): instrumented runtime frames are several times bigger, and their depth is the
// sanitizer's business.
#pragma once

// (GCC defines __SANITIZE_*__; clang 14 only answers __has_feature, in assembly too.)
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define CSP_SANITIZED_STACKS 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define CSP_SANITIZED_STACKS 1
#endif
#endif

#ifdef CSP_SANITIZED_STACKS
#define CSP_GUARD_RESERVE 32768
#define CSP_DEEP_RESERVE 0
#else
#define CSP_GUARD_RESERVE 1024
#define CSP_DEEP_RESERVE 32768
#endif
