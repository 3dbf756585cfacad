package org.colloquy.content;

public enum TextDirection {
    LTR, RTL
}
