package filing

import (
	"syscall"
	"time"
	"unsafe"
)

// cpuNow returns the CPU time the process has used: side-by-side
// benchmarks time their blocks with it, so that the time the process waits
// for a CPU on a busy machine counts for neither side, while the garbage
// collector's work, done on other threads, still counts for the side that
// allocates.
func cpuNow() time.Duration {
	const clockProcessCPUTimeID = 2
	var ts syscall.Timespec
	_, _, errno := syscall.Syscall(syscall.SYS_CLOCK_GETTIME, clockProcessCPUTimeID, uintptr(unsafe.Pointer(&ts)), 0)
	if errno != 0 {
		return time.Duration(time.Now().UnixNano())
	}
	return time.Duration(ts.Nano())
}
