package org.colloquy.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which page messages go on to Vaadin and which are refused as malformed (MalformedUidlTest sends them for real). */
class MalformedUidlRefusalTest {

    @Test
    void the_messages_vaadins_client_sends_go_on_to_vaadin() {
        for (String honest : new String[] {
                """
                {"csrfToken":"5a1c","rpc":[{"type":"event","node":12,"event":"click","data":{"event.button":0}}],\
                "syncId":3,"clientId":3}""",
                """
                {"csrfToken":"5a1c","rpc":[{"type":"mSync","node":7,"feature":1,"property":"value","value":"x"},\
                {"type":"navigation","location":"my-work","state":null,"link":1}],"syncId":0,"clientId":0}""",
                """
                {"csrfToken":"5a1c","rpc":[],"syncId":4,"clientId":5,"resynchronize":true}""",
                """
                {"csrfToken":"5a1c","rpc":[],"syncId":4,"clientId":5,"UNLOAD":true}""",
                """
                {"csrfToken":"5a1c","UNLOAD":true}""",
                """
                {"rpc":[{"type":"no-such-type","node":1}],"syncId":0,"clientId":0}"""}) {
            assertThat(MalformedUidlRefusal.problemWith(honest)).as(honest).isEmpty();
        }
    }

    @Test
    void garbage_truncated_bodies_and_json_of_the_wrong_shape_are_refused_with_the_reason() {
        assertThat(MalformedUidlRefusal.problemWith("{not json")).hasValue("not JSON");
        assertThat(MalformedUidlRefusal.problemWith("{\"csrfToken\":\"5a1c\",\"rpc\":[{\"type\":\"ev")).hasValue("not JSON");
        assertThat(MalformedUidlRefusal.problemWith("")).hasValue("not a JSON object");
        assertThat(MalformedUidlRefusal.problemWith("[]")).hasValue("not a JSON object");
        assertThat(MalformedUidlRefusal.problemWith("null")).hasValue("not a JSON object");
        assertThat(MalformedUidlRefusal.problemWith("{\"rpc\":[],\"syncId\":\"a\"}"))
                .hasValue("syncId is not a whole number");
        assertThat(MalformedUidlRefusal.problemWith("{\"rpc\":[]}")).hasValue("syncId is not a whole number");
        assertThat(MalformedUidlRefusal.problemWith("{\"rpc\":[],\"syncId\":1.5}")).hasValue("syncId is not a whole number");
        assertThat(MalformedUidlRefusal.problemWith("{\"rpc\":[],\"syncId\":1,\"clientId\":{}}"))
                .hasValue("clientId is not a whole number");
        assertThat(MalformedUidlRefusal.problemWith("{\"rpc\":\"nope\",\"syncId\":1}")).hasValue("rpc is not a list");
        assertThat(MalformedUidlRefusal.problemWith("{\"syncId\":1}")).hasValue("no rpc list");
        assertThat(MalformedUidlRefusal.problemWith("{\"rpc\":[\"click\"],\"syncId\":1}"))
                .hasValue("an rpc entry without a type");
        assertThat(MalformedUidlRefusal.problemWith("{\"rpc\":[{\"type\":\"event\",\"node\":\"x\"}],\"syncId\":1}"))
                .hasValue("an rpc entry's node is not a whole number");
        assertThat(MalformedUidlRefusal.problemWith("{\"csrfToken\":1,\"rpc\":[],\"syncId\":1}"))
                .hasValue("csrfToken is not text");
        assertThat(MalformedUidlRefusal.problemWith("{\"rpc\":[],\"syncId\":1,\"resynchronize\":\"yes\"}"))
                .hasValue("resynchronize is not true or false");
    }
}
