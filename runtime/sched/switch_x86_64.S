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
// ("split-stack": cmp %fs:0x70, %rsp; ja body; mov $frame, %r10; mov $args, %r11;
// call __morestack; ret) when the stack pointer is below the limit the scheduler keeps in
// %fs:0x70. Goroutine stacks are fixed-size for now: running out is Go's fatal
// "stack overflow" (csp_morestack_overflow, signals.cpp).
        .globl  __morestack
        .type   __morestack, @function
        .p2align 4
__morestack:
        .cfi_startproc
        movq    %rsp, %rdi
        andq    $-16, %rsp
        call    csp_morestack_overflow
        ud2
        .cfi_endproc
        .size   __morestack, .-__morestack

        .section .note.GNU-stack,"",@progbits
