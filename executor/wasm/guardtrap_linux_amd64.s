#include "textflag.h"

// func guardTrap()
// A signal handler (see guardtrap_linux_amd64.go): the kernel calls it with
// DI = signal number, SI = *siginfo_t, DX = *ucontext_t, on the signal
// stack. Only AX and CX are used before chaining, so the Go runtime's
// handler gets the registers and stack the kernel set up. Only a fault the
// kernel reports (si_code > 0: SEGV_MAPERR, SEGV_ACCERR) counts: a SIGSEGV
// another process sends carries its own data where si_addr would be.
TEXT ·guardTrap(SB),NOSPLIT|NOFRAME,$0
	MOVL	8(SI), AX		// siginfo_t.si_code
	CMPL	AX, $0
	JLE	chain			// sent by a process (kill, sigqueue), not a fault
	MOVQ	16(SI), AX		// siginfo_t.si_addr
	MOVQ	·guardLo(SB), CX
	CMPQ	AX, CX
	JCS	chain			// below the region
	MOVQ	·guardHi(SB), CX
	CMPQ	AX, CX
	JCC	chain			// at or above its end
	MOVQ	$1, AX			// write(2, guardMsg, len(guardMsg))
	MOVQ	$2, DI
	MOVQ	·guardMsg+0(SB), SI
	MOVQ	·guardMsg+8(SB), DX
	SYSCALL
	MOVQ	$231, AX		// exit_group(guardFaultExit)
	MOVQ	$79, DI
	SYSCALL
	INT	$3			// not reached
chain:
	MOVQ	·goSigsegv(SB), AX
	JMP	AX

// func guardTrapAddr() uintptr
TEXT ·guardTrapAddr(SB),NOSPLIT,$0-8
	MOVQ	$·guardTrap(SB), AX
	MOVQ	AX, ret+0(FP)
	RET
