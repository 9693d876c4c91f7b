// Command evalctl scores mass democratic evaluation rounds (群众评议): it
// reads a round workbook, applies the rules and writes rankings, the bottom
// list, the accountability list and awards.
package main

import "os"

func main() {
	os.Exit(run(os.Args[1:], systemStreams()))
}
