// runtime/sched/switch_x86_64.S: the goroutine context switch for x86-64 (System V ABI).
//
// A context is a stack pointer. Switching away pushes the callee-saved registers (rbp, rbx,
// r12-r15) on the current stack, stores rsp through the first argument, loads the second
// argument into rsp and pops the other context's registers: 7 words per context, no system
// call, no signal mask (why not ucontext: docs/decisions.md, "Context switch"). The x87
// control word and MXCSR are not saved: csp code and the runtime never change them.
//
//   void csp_ctx_swap(void** save_sp, void* load_sp)
//
// A new context (runtime/sched/stack.cpp, init_context) is a switch frame whose six
// registers are zero except r12 (the argument), and whose return address is csp_ctx_entry:
// the first switch to it "returns" into csp_ctx_entry, which calls csp_ctx_main(r12) with a
// 16-byte aligned stack. csp_ctx_main never returns. The entry's CFI marks the return
// address undefined, so unwinders and tracebacks stop at the bottom of a goroutine.

#include "runtime/sched/stack_abi.h"

        .text
        .globl  csp_ctx_swap
        .type   csp_ctx_swap, @function
        .p2align 4
csp_ctx_swap:
        .cfi_startproc
        pushq   %rbp
        .cfi_adjust_cfa_offset 8
        pushq   %rbx
        .cfi_adjust_cfa_offset 8
        pushq   %r12
        .cfi_adjust_cfa_offset 8
        pushq   %r13
        .cfi_adjust_cfa_offset 8
        pushq   %r14
        .cfi_adjust_cfa_offset 8
        pushq   %r15
        .cfi_adjust_cfa_offset 8
        movq    %rsp, (%rdi)
        movq    %rsi, %rsp
        popq    %r15
        popq    %r14
        popq    %r13
        popq    %r12
        popq    %rbx
        popq    %rbp
        ret
        .cfi_endproc
        .size   csp_ctx_swap, .-csp_ctx_swap

        .globl  csp_ctx_entry
        .type   csp_ctx_entry, @function
        .p2align 4
csp_ctx_entry:
        .cfi_startproc
        .cfi_undefined rip
        xorl    %ebp, %ebp
        movq    %r12, %rdi
        call    csp_ctx_main
        ud2
        .cfi_endproc
        .size   csp_ctx_entry, .-csp_ctx_entry

// __morestack: called by the stack check LLVM emits at the entry of every csp function
// ("split-stack": cmp %fs:0x70, %rsp (or lea -frame(%rsp), %r11; cmp %fs:0x70, %r11);
// ja body; mov $frame, %r10; mov $args, %r11; call __morestack; ret; body:) when the stack
// pointer is not above the limit the scheduler keeps in %fs:0x70. On entry (%rsp), call it
// E, is the address of that `ret`, so the function's body starts one byte later; E+8 holds
// the function's own return address and E+16 its stack arguments (r11 bytes).
//
// Two reasons to get here:
//  - The limit holds CSP_STACK_POISON (runtime/csp_rt.h): the monitor asks for a yield.
//    csp_morestack_preempt restores the real limit and yields. Then the check is redone
//    against the real limit.
//  - The stack is short: csp_morestack_grow (sched.cpp) enters a newer segment with the
//    stack arguments copied to its top and returns the stack pointer to call the body
//    with; after the body returns, csp_morestack_release goes back to the old segment and
//    __morestack returns to E's `ret`, which returns to the function's caller. Goroutine
//    1's stack does not grow: csp_morestack_grow reports Go's stack overflow.
// When the stack suffices, __morestack returns into the body (E's address + 1) with %rsp
// back at the function's entry value. Argument registers (rdi..r9, xmm0-7) are kept across
// the runtime calls, result registers (rax, rdx, xmm0, xmm1) across the release; rbp is
// never changed, so the body's frame links straight to its caller's (goroutine dumps map
// the return address into __morestack to the one at E+8). r10, r11 and rax are scratch at a
// csp function's entry (no nest or varargs functions).
//
// Unwinding (panics): the CFI describes __morestack as part of the function's caller's
// view: CFA = E+16 and the return address at E+8, so a trace goes body -> __morestack ->
// caller, and the stub at E is never a frame. A panic that unwinds through leaves the
// goroutine on the newer segment's bookkeeping: whoever catches it calls stack_resync.
#define SAVE_ARGS \
        movq    %rdi, 0(%rsp); movq %rsi, 8(%rsp); movq %rdx, 16(%rsp); movq %rcx, 24(%rsp); \
        movq    %r8, 32(%rsp); movq %r9, 40(%rsp); movq %r10, 48(%rsp); movq %r11, 56(%rsp); \
        movdqu  %xmm0, 64(%rsp); movdqu %xmm1, 80(%rsp); movdqu %xmm2, 96(%rsp); \
        movdqu  %xmm3, 112(%rsp); movdqu %xmm4, 128(%rsp); movdqu %xmm5, 144(%rsp); \
        movdqu  %xmm6, 160(%rsp); movdqu %xmm7, 176(%rsp)
#define RESTORE_ARGS \
        movq    0(%rsp), %rdi; movq 8(%rsp), %rsi; movq 16(%rsp), %rdx; movq 24(%rsp), %rcx; \
        movq    32(%rsp), %r8; movq 40(%rsp), %r9; movq 48(%rsp), %r10; movq 56(%rsp), %r11; \
        movdqu  64(%rsp), %xmm0; movdqu 80(%rsp), %xmm1; movdqu 96(%rsp), %xmm2; \
        movdqu  112(%rsp), %xmm3; movdqu 128(%rsp), %xmm4; movdqu 144(%rsp), %xmm5; \
        movdqu  160(%rsp), %xmm6; movdqu 176(%rsp), %xmm7

        .globl  __morestack
        .type   __morestack, @function
        .p2align 4
__morestack:
        .cfi_startproc
        .cfi_def_cfa_offset 16
        cmpq    $-0x522, %fs:0x70
        jne     .Lcheck
        pushq   %rbx
        .cfi_adjust_cfa_offset 8
        .cfi_offset rbx, -24
        movq    %rsp, %rbx
        .cfi_def_cfa_register rbx
        subq    $200, %rsp              // 16-byte aligned: E is, and 8 + 200 = 208
        SAVE_ARGS
        call    csp_morestack_preempt
        RESTORE_ARGS
        movq    %rbx, %rsp
        popq    %rbx
        .cfi_def_cfa rsp, 16
        .cfi_restore rbx
.Lcheck:
        // The function needs r10 bytes below its entry %rsp (E + 8).
        leaq    8(%rsp), %rax
        subq    %r10, %rax
        jb      .Lgrow
        cmpq    %fs:0x70, %rax
        jbe     .Lgrow
        addq    $1, (%rsp)
        ret
.Lgrow:
        pushq   %rbx
        .cfi_adjust_cfa_offset 8
        .cfi_offset rbx, -24
        movq    %rsp, %rbx              // rbx = E - 8 for the rest: CFA = rbx + 24
        .cfi_def_cfa_register rbx
        subq    $200, %rsp
        SAVE_ARGS
        movq    %r10, %rdi              // frame
        movq    %r11, %rsi              // stack argument bytes
        leaq    24(%rbx), %rdx          // the stack arguments (E + 16)
        movq    %rsp, %rcx              // the old segment's live bottom
        call    csp_morestack_grow
        RESTORE_ARGS
        movq    %rax, %rsp              // onto the newer segment, arguments at 0(%rsp)
        movq    8(%rbx), %r11
        addq    $1, %r11
        call    *%r11                   // the body
        subq    $48, %rsp
        movq    %rax, 0(%rsp)
        movq    %rdx, 8(%rsp)
        movdqu  %xmm0, 16(%rsp)
        movdqu  %xmm1, 32(%rsp)
        call    csp_morestack_release
        movq    0(%rsp), %rax
        movq    8(%rsp), %rdx
        movdqu  16(%rsp), %xmm0
        movdqu  32(%rsp), %xmm1
        movq    %rbx, %rsp
        popq    %rbx
        .cfi_def_cfa rsp, 16
        .cfi_restore rbx
        ret
        .cfi_endproc
        .size   __morestack, .-__morestack

// csp_deep_call: JIT'd code calls every runtime function that may go deep through here
// (jit/optimize.cpp, DeepCallPass), with the function's address in r10 (an IR `nest`
// parameter) and its own arguments as for a direct call. When the caller's stack pointer is
// more than CSP_DEEP_RESERVE above the limit, the callee is jumped to: it returns straight to
// the caller. Otherwise csp_deep_grow (sched.cpp) first yields if the limit was poisoned, and
// then either finds the stack sufficient after all (the callee is jumped to) or enters a
// newer segment with the 64 bytes above the return address (stack arguments, if any) copied
// to its top, and the callee is called there; after it returns, csp_morestack_release goes
// back, as for __morestack. Argument registers are kept across csp_deep_grow, result
// registers across the release; rbp is never changed. rax and r11 are scratch (no varargs
// callee). Tracebacks: the callee's return address on a newer segment is inside
// [__morestack, __morestack_end), which dumps map to the one at entry_sp + 8 (our entry's
// return address); the CFI gives the caller's frame: CFA = rbx + 16.
//
//   void csp_run_deep(void (*fn)(void*), void* arg): the same for runtime C++ (sched.h).
        .globl  csp_deep_call
        .type   csp_deep_call, @function
        .p2align 4
csp_deep_call:
        .cfi_startproc
        leaq    -CSP_DEEP_RESERVE(%rsp), %rax
        cmpq    %fs:0x70, %rax
        jbe     .Ldeep_slow
        jmpq    *%r10
.Ldeep_slow:
        pushq   %rbx
        .cfi_adjust_cfa_offset 8
        .cfi_offset rbx, -16
        movq    %rsp, %rbx              // rbx = entry - 8 for the rest: CFA = rbx + 16
        .cfi_def_cfa_register rbx
        subq    $208, %rsp              // 16-byte aligned for the calls
        SAVE_ARGS
        leaq    16(%rbx), %rdi          // entry + 8: the stack arguments
        movq    %rsp, %rsi              // the old segment's live bottom
        call    csp_deep_grow
        RESTORE_ARGS                    // (not rax)
        testq   %rax, %rax
        jnz     .Ldeep_switch
        .cfi_remember_state
        movq    %rbx, %rsp
        popq    %rbx
        .cfi_def_cfa rsp, 8
        .cfi_restore rbx
        jmpq    *%r10
        .cfi_restore_state
.Ldeep_switch:
        movq    %rax, %rsp              // onto the newer segment, arguments at 0(%rsp)
        call    *%r10
        subq    $48, %rsp
        movq    %rax, 0(%rsp)
        movq    %rdx, 8(%rsp)
        movdqu  %xmm0, 16(%rsp)
        movdqu  %xmm1, 32(%rsp)
        call    csp_morestack_release
        movq    0(%rsp), %rax
        movq    8(%rsp), %rdx
        movdqu  16(%rsp), %xmm0
        movdqu  32(%rsp), %xmm1
        movq    %rbx, %rsp
        popq    %rbx
        .cfi_def_cfa rsp, 8
        .cfi_restore rbx
        ret
        .cfi_endproc
        .size   csp_deep_call, .-csp_deep_call
        .globl  __morestack_end
__morestack_end:

        .globl  csp_run_deep
        .type   csp_run_deep, @function
        .p2align 4
csp_run_deep:
        .cfi_startproc
        movq    %rdi, %r10
        movq    %rsi, %rdi
        jmp     csp_deep_call
        .cfi_endproc
        .size   csp_run_deep, .-csp_run_deep

        .section .note.GNU-stack,"",@progbits
