module github.com/beian-go/beian

// Go 1.22: per-iteration loop variables and range over integers are used
// throughout; context.WithoutCancel (1.21) guards the state machine.
go 1.22

require (
	github.com/looplab/fsm v1.0.3
	github.com/rickar/cal/v2 v2.1.26
	github.com/stretchr/testify v1.12.1
)

require go.yaml.in/yaml/v3 v3.0.5 // indirect
