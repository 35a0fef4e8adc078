// A shutdown routine closes a channel field that was never made: "close of nil channel".
package main

import "fmt"

type service struct {
	name string
	quit chan struct{}
}

func (s *service) start() {
	if s.name != "lazy" {
		s.quit = make(chan struct{})
	}
	fmt.Println("started", s.name)
}

func (s *service) stop() {
	fmt.Println("stopping", s.name)
	close(s.quit)
}

func main() {
	services := []*service{{name: "web"}, {name: "lazy"}, {name: "db"}}
	for _, s := range services {
		s.start()
	}
	for _, s := range services {
		s.stop()
	}
}
